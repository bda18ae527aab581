package org.policylens.model;

/** The languages and scripts policylens tells apart, as BCP-47-like codes. */
public enum Language {
    EN("en"), RU("ru"), UZ_LATN("uz-Latn"), UZ_CYRL("uz-Cyrl"), KK("kk"), KK_LATN("kk-Latn"), UNKNOWN("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        return UNKNOWN;
    }
}
