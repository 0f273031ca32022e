package dev.kinetic.platform.security;

/** The roles a token's {@code groups} claim may carry. Every endpoint names the ones it admits. */
public final class Roles {

    /** Writes catalog entries and articles. */
    public static final String EDITOR = "editor";
    /** A partner app: creates and reads its own plans. */
    public static final String PARTNER = "partner";
    /** Operates the suite: everything an editor may do, plus operational endpoints. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
