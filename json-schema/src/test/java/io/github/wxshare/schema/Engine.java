package io.github.wxshare.schema;

import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.util.Set;

/** One of the four engines that must agree on every vector. */
interface Engine {
  String name();

  /**
   * Why this engine cannot decide {@code vector} by design, or null when it can. Such a vector is
   * listed with its reason in the build's report, never skipped silently.
   */
  String outside(Vector vector);

  Answer judge(Vector vector);

  /** The part of the vector's expected violations that this engine decides: all of them, unless it says otherwise. */
  default Set<Expected> expects(Vector vector) {
    return vector.violations();
  }

  /**
   * An engine's answer. {@code violations} is null for engines that give no error codes (the
   * schema validators), which are compared on pointers; {@code validWithoutExtension} is null for
   * engines without the extra keyword.
   */
  record Answer(boolean valid, Set<String> pointers, Set<Expected> violations, Boolean validWithoutExtension, String note) {
    @Override
    public String toString() {
      String what = valid ? "valid" : "invalid " + (violations != null ? violations : pointers);
      return note == null ? what : what + " (" + note + ")";
    }
  }
}
