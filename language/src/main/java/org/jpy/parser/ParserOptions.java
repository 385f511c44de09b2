package org.jpy.parser;

/**
 * What {@code ast.parse}/{@code compile} pass to the parser besides the source. A record so callers can build
 * variants cheaply; {@link #DEFAULT} is what plain module loading uses.
 *
 * @param typeComments   whether {@code # type:} comments are kept (PyCF_TYPE_COMMENTS)
 * @param featureVersion the minor version of {@code feature_version} (12 = latest)
 * @param warnings       where SyntaxWarnings go
 */
public record ParserOptions(boolean typeComments, int featureVersion, WarningSink warnings) {
    public static final ParserOptions DEFAULT = new ParserOptions(false, 12, WarningSink.IGNORE);

    public ParserOptions {
        if (warnings == null) {
            warnings = WarningSink.IGNORE;
        }
    }
}
