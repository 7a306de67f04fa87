package io.github.wxshare.core;

/** A value that WeChat knows by a number: how the field table writes and hashes {@link MiniProgramType} and {@link ShareScene}. */
interface Coded {
  /** The number WeChat uses. */
  int code();
}
