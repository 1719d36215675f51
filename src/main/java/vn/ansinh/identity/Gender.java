package vn.ansinh.identity;

/** The two genders a CCCD encodes in its fourth digit. */
public enum Gender {
    MALE,
    FEMALE
}
