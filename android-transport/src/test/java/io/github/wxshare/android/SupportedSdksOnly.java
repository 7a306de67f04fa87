package io.github.wxshare.android;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import org.robolectric.internal.dependency.DependencyResolver;
import org.robolectric.pluginapi.Sdk;
import org.robolectric.plugins.DefaultSdkProvider;

/**
 * Robolectric's SDKs without those this JVM cannot run (36 and 37 need Java 21): the tests run on
 * API 26 alone, and Robolectric would otherwise print a warning for each unusable SDK at every test
 * JVM's start. Found through {@code META-INF/services/org.robolectric.pluginapi.SdkProvider}; it
 * outranks the default provider, whose priority is the lowest.
 */
public final class SupportedSdksOnly extends DefaultSdkProvider {
  @Inject
  public SupportedSdksOnly(DependencyResolver resolver) {
    super(resolver);
  }

  @Override
  public Collection<Sdk> getSdks() {
    List<Sdk> supported = new ArrayList<>();
    for (Sdk sdk : super.getSdks()) {
      if (sdk.isSupported()) {
        supported.add(sdk);
      }
    }
    return supported;
  }
}
