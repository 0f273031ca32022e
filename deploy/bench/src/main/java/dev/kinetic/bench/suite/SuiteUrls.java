package dev.kinetic.bench.suite;

/** Where the running suite answers, and the tokens the harness uses. */
record SuiteUrls(String exercises, String content, String plans, String planManagement, String editor, String partner) {
}
