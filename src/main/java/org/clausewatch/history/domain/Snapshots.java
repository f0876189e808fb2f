package org.clausewatch.history.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;

/**
 * The audited fields of an entity version as label -> readable value, in declaration order.
 * Embedded values are flattened ("Ceiling amount"); references to other records become a {@link
 * Reference} the caller resolves to a name in one query; lists become numbered lines.
 */
public final class Snapshots {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Fields that identify or own a record rather than describe it. */
  private static final Set<String> SKIPPED = Set.of("contract", "position");

  private Snapshots() {}

  /** A reference to another record, written into values as a token until resolved. */
  public record Reference(Class<?> type, Object id) {
    public String token() {
      return "\u0001" + type.getSimpleName() + ":" + id + "\u0001";
    }
  }

  public static Map<String, String> of(Object entity, List<Reference> references) {
    Map<String, String> values = new LinkedHashMap<>();
    if (entity != null) {
      collect(Hibernate.getClass(entity), entity, "", values, references);
    }
    return values;
  }

  /** Replaces reference tokens by names, e.g. party ids by party names. */
  public static String resolve(String value, Function<Reference, String> names) {
    if (value == null || value.indexOf('\u0001') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int start = value.indexOf('\u0001', i);
      if (start < 0) {
        out.append(value, i, value.length());
        break;
      }
      int end = value.indexOf('\u0001', start + 1);
      out.append(value, i, start);
      String[] parts = value.substring(start + 1, end).split(":", 2);
      out.append(names.apply(new Reference(typeNamed(parts[0]), parts[1])));
      i = end + 1;
    }
    return out.toString();
  }

  private static final Map<String, Class<?>> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

  private static Class<?> typeNamed(String simpleName) {
    return TYPES.getOrDefault(simpleName, Object.class);
  }

  private static void collect(
      Class<?> type,
      Object object,
      String prefix,
      Map<String, String> values,
      List<Reference> references) {
    for (Field field : type.getDeclaredFields()) {
      if (skip(field)) {
        continue;
      }
      field.setAccessible(true);
      Object value;
      try {
        value = field.get(object);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      String label = prefix.isEmpty() ? humanize(field.getName()) : prefix + " " + lower(field);
      Class<?> fieldType = field.getType();
      if (fieldType.isAnnotationPresent(Embeddable.class)) {
        if (value == null) {
          values.put(label, null);
        } else {
          collect(fieldType, value, label, values, references);
        }
      } else if (field.isAnnotationPresent(ManyToOne.class)) {
        values.put(label, reference(value, references));
      } else if (value instanceof Collection<?> collection) {
        values.put(label, lines(collection, references));
      } else {
        values.put(label, format(value));
      }
    }
  }

  private static boolean skip(Field field) {
    int modifiers = field.getModifiers();
    return Modifier.isStatic(modifiers)
        || Modifier.isTransient(modifiers)
        || field.isAnnotationPresent(Transient.class)
        || field.isAnnotationPresent(Id.class)
        || field.isAnnotationPresent(Version.class)
        || field.isAnnotationPresent(NotAudited.class)
        || field.isAnnotationPresent(OneToMany.class)
        || SKIPPED.contains(field.getName());
  }

  private static String reference(Object related, List<Reference> references) {
    if (related == null) {
      return null;
    }
    Class<?> type = Hibernate.getClass(related);
    Object id = identifier(related, type);
    TYPES.putIfAbsent(type.getSimpleName(), type);
    Reference reference = new Reference(type, id);
    references.add(reference);
    return reference.token();
  }

  private static Object identifier(Object related, Class<?> type) {
    if (related instanceof org.hibernate.proxy.HibernateProxy proxy) {
      return proxy.getHibernateLazyInitializer().getIdentifier();
    }
    for (Field field : type.getDeclaredFields()) {
      if (field.isAnnotationPresent(Id.class)) {
        field.setAccessible(true);
        try {
          return field.get(related);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("No id on " + type);
  }

  private static String lines(Collection<?> collection, List<Reference> references) {
    if (collection.isEmpty()) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Object element : collection) {
      String text;
      if (element != null && Hibernate.getClass(element).isAnnotationPresent(Embeddable.class)) {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(Hibernate.getClass(element), element, "", parts, references);
        text =
            String.join(
                " · ", parts.values().stream().filter(v -> v != null && !v.isBlank()).toList());
      } else if (element != null && Hibernate.getClass(element).isAnnotationPresent(Entity.class)) {
        text = reference(element, references);
      } else {
        text = format(element);
      }
      lines.add(n++ + ". " + text);
    }
    return String.join("\n", lines);
  }

  static String format(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Instant instant) {
      return INSTANT.format(instant);
    }
    if (value instanceof Enum<?> e) {
      return e.name().replace('_', ' ');
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  static String humanize(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String lower(Field field) {
    return humanize(field.getName()).toLowerCase(Locale.ROOT);
  }
}
