package org.jpy.parser;

/**
 * Token kinds as small ints (compared with {@code ==} on the hot path). Every operator and every hard keyword has
 * its own kind so the parser never compares strings for them; soft keywords ({@code match case type _}) stay NAME.
 */
final class TokenType {
    private TokenType() {
    }

    static final int ENDMARKER = 0;
    static final int NAME = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int NEWLINE = 4;
    static final int INDENT = 5;
    static final int DEDENT = 6;
    static final int FSTRING_START = 7;
    static final int FSTRING_MIDDLE = 8;
    static final int FSTRING_END = 9;
    /** A character CPython's tokenizer turns into an ERRORTOKEN without raising ($ ? `). */
    static final int ERRORTOKEN = 10;
    static final int FIRST_OP = 11;
    static final int LPAR = 11; // (
    static final int RPAR = 12; // )
    static final int LSQB = 13; // [
    static final int RSQB = 14; // ]
    static final int COLON = 15; // :
    static final int COMMA = 16; // ,
    static final int SEMI = 17; // ;
    static final int PLUS = 18; // +
    static final int MINUS = 19; // -
    static final int STAR = 20; // *
    static final int SLASH = 21; // /
    static final int VBAR = 22; // |
    static final int AMPER = 23; // &
    static final int LESS = 24; // <
    static final int GREATER = 25; // >
    static final int EQUAL = 26; // =
    static final int DOT = 27; // .
    static final int PERCENT = 28; // %
    static final int LBRACE = 29; // {
    static final int RBRACE = 30; // }
    static final int EQEQUAL = 31; // ==
    static final int NOTEQUAL = 32; // !=
    static final int LESSEQUAL = 33; // <=
    static final int GREATEREQUAL = 34; // >=
    static final int TILDE = 35; // ~
    static final int CIRCUMFLEX = 36; // ^
    static final int LEFTSHIFT = 37; // <<
    static final int RIGHTSHIFT = 38; // >>
    static final int DOUBLESTAR = 39; // **
    static final int PLUSEQUAL = 40; // +=
    static final int MINEQUAL = 41; // -=
    static final int STAREQUAL = 42; // *=
    static final int SLASHEQUAL = 43; // /=
    static final int PERCENTEQUAL = 44; // %=
    static final int AMPEREQUAL = 45; // &=
    static final int VBAREQUAL = 46; // |=
    static final int CIRCUMFLEXEQUAL = 47; // ^=
    static final int LEFTSHIFTEQUAL = 48; // <<=
    static final int RIGHTSHIFTEQUAL = 49; // >>=
    static final int DOUBLESTAREQUAL = 50; // **=
    static final int DOUBLESLASH = 51; // //
    static final int DOUBLESLASHEQUAL = 52; // //=
    static final int AT = 53; // @
    static final int ATEQUAL = 54; // @=
    static final int RARROW = 55; // ->
    static final int ELLIPSIS = 56; // ...
    static final int COLONEQUAL = 57; // :=
    static final int EXCLAMATION = 58; // !
    static final int FIRST_KEYWORD = 59;
    static final int KW_FALSE = 59;
    static final int KW_NONE = 60;
    static final int KW_TRUE = 61;
    static final int KW_AND = 62;
    static final int KW_AS = 63;
    static final int KW_ASSERT = 64;
    static final int KW_ASYNC = 65;
    static final int KW_AWAIT = 66;
    static final int KW_BREAK = 67;
    static final int KW_CLASS = 68;
    static final int KW_CONTINUE = 69;
    static final int KW_DEF = 70;
    static final int KW_DEL = 71;
    static final int KW_ELIF = 72;
    static final int KW_ELSE = 73;
    static final int KW_EXCEPT = 74;
    static final int KW_FINALLY = 75;
    static final int KW_FOR = 76;
    static final int KW_FROM = 77;
    static final int KW_GLOBAL = 78;
    static final int KW_IF = 79;
    static final int KW_IMPORT = 80;
    static final int KW_IN = 81;
    static final int KW_IS = 82;
    static final int KW_LAMBDA = 83;
    static final int KW_NONLOCAL = 84;
    static final int KW_NOT = 85;
    static final int KW_OR = 86;
    static final int KW_PASS = 87;
    static final int KW_RAISE = 88;
    static final int KW_RETURN = 89;
    static final int KW_TRY = 90;
    static final int KW_WHILE = 91;
    static final int KW_WITH = 92;
    static final int KW_YIELD = 93;
    static final int COUNT = 94;
    /** "# type: ..." comments, only produced when type comments are requested. */
    static final int TYPE_COMMENT = 94;
    /** "# type: ignore..." comments; collected by the parser into Module.type_ignores, never seen by the grammar. */
    static final int TYPE_IGNORE = 95;

    private static final String[] NAMES = {"ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "ERRORTOKEN", "(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%", "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!", "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "TYPE_COMMENT", "TYPE_IGNORE"};

    static String name(int type) {
        return NAMES[type];
    }

    /** Keyword kind for a name, or NAME. */
    static int keyword(String s) {
        return switch (s) {
            case "False" -> KW_FALSE;
            case "None" -> KW_NONE;
            case "True" -> KW_TRUE;
            case "and" -> KW_AND;
            case "as" -> KW_AS;
            case "assert" -> KW_ASSERT;
            case "async" -> KW_ASYNC;
            case "await" -> KW_AWAIT;
            case "break" -> KW_BREAK;
            case "class" -> KW_CLASS;
            case "continue" -> KW_CONTINUE;
            case "def" -> KW_DEF;
            case "del" -> KW_DEL;
            case "elif" -> KW_ELIF;
            case "else" -> KW_ELSE;
            case "except" -> KW_EXCEPT;
            case "finally" -> KW_FINALLY;
            case "for" -> KW_FOR;
            case "from" -> KW_FROM;
            case "global" -> KW_GLOBAL;
            case "if" -> KW_IF;
            case "import" -> KW_IMPORT;
            case "in" -> KW_IN;
            case "is" -> KW_IS;
            case "lambda" -> KW_LAMBDA;
            case "nonlocal" -> KW_NONLOCAL;
            case "not" -> KW_NOT;
            case "or" -> KW_OR;
            case "pass" -> KW_PASS;
            case "raise" -> KW_RAISE;
            case "return" -> KW_RETURN;
            case "try" -> KW_TRY;
            case "while" -> KW_WHILE;
            case "with" -> KW_WITH;
            case "yield" -> KW_YIELD;
            default -> NAME;
        };
    }

    static boolean isKeyword(int type) {
        return type >= FIRST_KEYWORD && type < COUNT;
    }

    /** Source spelling of an operator or keyword kind. */
    static String spelling(int type) {
        return NAMES[type];
    }
}
