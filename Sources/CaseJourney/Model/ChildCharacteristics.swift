/// A child's gender as the Department for Education's returns record it. Recorded only when
/// known; nil means "not stated or recorded".
public enum Gender: String, Choice {
    case male
    case female
    /// Neither male nor female (the returns' "indeterminate").
    case neither
}

/// The Department for Education's ethnicity codes, used by its returns (Annex A, the Children in
/// Need census). Recorded only when the family has said; nil means not recorded.
public enum Ethnicity: String, Choice {
    case WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH
    /// Refused: the family chose not to say.
    case REFU
    /// Information not yet obtained.
    case NOBT
}
