package org.clausewatch.alert.application;

import jakarta.mail.MessagingException;

/**
 * The SMTP connection of one scheduler pass, opened when the first mail needs it and kept for the
 * next ones (each mail still has its own transaction); dropped after a failure so the next mail
 * reconnects.
 */
public final class SmtpConnection implements AutoCloseable {

  private final MailSender sender;
  private MailSender.Connection open;

  SmtpConnection(MailSender sender) {
    this.sender = sender;
  }

  /**
   * @throws MessagingException when the server cannot be reached
   */
  MailSender.Connection get() throws MessagingException {
    if (open == null) {
      open = sender.connect();
    }
    return open;
  }

  void reset() {
    close();
  }

  @Override
  public void close() {
    if (open != null) {
      open.close();
      open = null;
    }
  }
}
