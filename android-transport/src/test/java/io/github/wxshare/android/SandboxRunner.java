package io.github.wxshare.android;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.internal.bytecode.Sandbox;

/**
 * Robolectric's runner, which under PIT (the {@code mutation} profile) also hands each sandbox's class
 * loader to PIT, so that PIT's mutants reach the classes Robolectric's sandbox loads; every
 * Robolectric test in this module runs with it.
 *
 * <p>PIT swaps a mutant into the class its own loader holds, and into the copies in every other
 * loader that it saw load the mutated class while that mutant was active. Robolectric keeps one
 * sandbox per configuration for the whole JVM, and PIT's JUnit 5 plugin runs each test class once
 * while it discovers the tests, before the first mutant: the sandbox loads the module's classes then,
 * unmutated, and PIT never learns of it. Every mutant "survived" the Robolectric tests (0 of
 * {@code BinaryXml}'s 141 covered mutants killed, although {@code BinaryXmlTest} compares each element
 * with Android's own parser). Registering the loader before each test lets PIT swap each later mutant
 * into the sandbox too.
 *
 * <p>Outside PIT this runner is Robolectric's. Under PIT, if PIT's loader registry is not where this
 * runner looks (another PIT version), the test fails rather than let every mutant survive unseen.
 */
public final class SandboxRunner extends RobolectricTestRunner {
  /** PIT's transformer that catches the loaders of a mutated class; on the minion's class path. */
  private static final String PIT_CATCHER = "org.pitest.mutationtest.execute.CatchNewClassLoadersTransformer";
  /** PIT's agent, present only in PIT's minions. */
  private static final String PIT_AGENT = "org.pitest.boot.HotSwapAgent";

  private static final @Nullable Map<ClassLoader, @Nullable Object> PIT_LOADERS = pitLoaders();

  public SandboxRunner(Class<?> testClass) throws InitializationError {
    super(testClass);
  }

  @Override
  protected void beforeTest(Sandbox sandbox, FrameworkMethod method, Method bootstrappedMethod) throws Throwable {
    if (PIT_LOADERS != null) {
      PIT_LOADERS.put(sandbox.getRobolectricClassLoader(), null);
    }
    super.beforeTest(sandbox, method, bootstrappedMethod);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<ClassLoader, @Nullable Object> pitLoaders() {
    ClassLoader system = ClassLoader.getSystemClassLoader();
    try {
      Class.forName(PIT_AGENT, false, system);
    } catch (ClassNotFoundException notUnderPit) {
      return null;
    }
    try {
      Field loaders = Class.forName(PIT_CATCHER, true, system).getDeclaredField("CLASS_LOADERS");
      loaders.setAccessible(true);
      return (Map<ClassLoader, @Nullable Object>) loaders.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Under PIT, but " + PIT_CATCHER + ".CLASS_LOADERS is not there: PIT's "
          + "mutants would not reach Robolectric's sandbox. Check SandboxRunner against the PIT version.", e);
    }
  }
}
