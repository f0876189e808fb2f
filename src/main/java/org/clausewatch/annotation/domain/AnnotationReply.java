package org.clausewatch.annotation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/** One reply in an annotation's thread. Replies are only ever added, so none is lost to another. */
@Entity
@Audited
@Table(name = "annotation_reply")
public class AnnotationReply {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_reply_seq")
  @SequenceGenerator(
      name = "annotation_reply_seq",
      sequenceName = "annotation_reply_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "annotation_id", nullable = false)
  private Annotation annotation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "author", nullable = false)
  private String author;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AnnotationReply() {
    // for JPA
  }

  /**
   * @throws org.clausewatch.shared.BusinessException if the reply is blank or too long
   */
  public AnnotationReply(Annotation annotation, String body, String author, Instant at) {
    this.annotation = Objects.requireNonNull(annotation);
    this.contract = annotation.contract();
    this.body =
        Text.required(
            body,
            Annotation.BODY_MAX_LENGTH,
            "Write the reply, in at most " + Annotation.BODY_MAX_LENGTH + " characters.");
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }
}
