package dev.wflow.runtime.text;

import java.util.List;

/** Splits a text into chunks ({@code text.splitter.recursive} / {@code markdown}). */
interface TextSplitter {
  List<String> split(String text);
}
