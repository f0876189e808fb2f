package org.clausewatch.annotation.domain;

import java.util.Set;

/**
 * A CDI event fired inside the transaction in which an annotation or a reply to one was written, so
 * that features reacting to it (alerts: a reply to the thread's people, a mention of a colleague)
 * record their decision in the same transaction.
 *
 * @param replyId the reply, or null when the annotation itself was written
 * @param author the user name of who wrote it
 * @param mentioned the user names its text mentions ({@link Mentions})
 * @param excerpt the start of its text, for the alert
 */
public record AnnotationPosted(
    long annotationId, Long replyId, String author, Set<String> mentioned, String excerpt) {

  /** The length of {@link #excerpt}. */
  public static final int EXCERPT_LENGTH = 200;

  public static AnnotationPosted of(long annotationId, Long replyId, String author, String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    String excerpt =
        flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1) + "\u2026";
    return new AnnotationPosted(annotationId, replyId, author, Mentions.in(text), excerpt);
  }
}
