package dev.kinetic.plan.domain;

/** Recent injury to the back, as the person reports it. */
public enum Trauma {
    NONE,
    /** A fall from standing, a strenuous lift, a minor knock. */
    MINOR,
    /** A road accident, a fall from height, a blow at speed. */
    MAJOR
}
