package org.clausewatch.alert.domain;

import java.time.LocalTime;
import java.time.ZoneId;

/** A user whose daily digest is due, claimed for this transaction. */
public record DigestRecipient(long userId, String email, ZoneId zone, LocalTime digestAt) {}
