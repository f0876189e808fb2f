package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordAccessorsTest {

  public record Row(String number, long ceiling) {
    public String shout() {
      return number.toUpperCase();
    }
  }

  private final RecordAccessors cut = new RecordAccessors();
  private final ELContext context =
      new ELContext() {
        @Override
        public ELResolver getELResolver() {
          return cut;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
          return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
          return null;
        }
      };

  @Test
  void aRecordsAccessorIsCalledAndTheCallResolved() {
    Row row = new Row("hq0034-24-c-0200", 200_000_000L);

    assertThat(cut.invoke(context, row, "number", null, new Object[0]))
        .isEqualTo("hq0034-24-c-0200");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(cut.invoke(context, row, "ceiling", new Class<?>[0], null)).isEqualTo(200_000_000L);
  }

  @Test
  void whatIsNoAccessorIsLeftToTheNextResolver() {
    Row row = new Row("H-1", 1);

    assertThat(cut.invoke(context, row, "shout", null, new Object[0])).isNull();
    assertThat(cut.invoke(context, row, "number", null, new Object[] {"x"})).isNull();
    assertThat(cut.invoke(context, "not a record", "length", null, new Object[0])).isNull();
    assertThat(cut.invoke(context, null, "number", null, new Object[0])).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }
}
