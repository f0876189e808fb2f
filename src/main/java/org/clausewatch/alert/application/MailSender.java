package org.clausewatch.alert.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.clausewatch.alert.domain.AlertMessage;

/**
 * Sends alert e-mails through the server's mail session {@code java:jboss/mail/Clausewatch} (SMTP
 * host, port, TLS and credentials from the environment: deploy/wildfly/configure.cli). Each
 * delivery's Message-ID is derived from its id, so a receiver can drop the copy that a crash
 * between sending and recording would cause (docs/reliability.md).
 */
@ApplicationScoped
public class MailSender {

  @Resource(lookup = "java:jboss/mail/Clausewatch")
  private Session session;

  /**
   * A connection to the SMTP server for a batch of mails.
   *
   * @throws MessagingException when the server cannot be reached or refuses the login
   */
  public Connection connect() throws MessagingException {
    // Jakarta Mail waits forever by default; a pass must not hang on a silent SMTP server. The
    // server's mail session has no place for these, so they are set here unless configured.
    session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
    session.getProperties().putIfAbsent("mail.smtp.timeout", "30000");
    session.getProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Connection(transport);
  }

  /** One SMTP connection; close it after the batch. */
  public final class Connection implements AutoCloseable {

    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /**
     * @throws MessagingException when the server refuses this mail or the connection broke
     */
    public void send(long deliveryId, String to, String from, AlertMessage message)
        throws MessagingException {
      MimeMessage mail =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<alert-" + deliveryId + "@clausewatch>");
            }
          };
      mail.setFrom(new InternetAddress(from));
      mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mail.setSentDate(new Date());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(message.text(), StandardCharsets.UTF_8.name());
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(message.html(), "text/html; charset=UTF-8");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      mail.setContent(alternative);
      mail.saveChanges();
      transport.sendMessage(mail, mail.getAllRecipients());
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the mails were accepted or recorded as failed already; nothing to undo
      }
    }
  }
}
