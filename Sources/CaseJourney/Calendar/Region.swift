/// The part of the UK whose bank holidays decide which days are working days.
///
/// The raw values are the names GOV.UK uses for its bank holiday lists, so a stored setting reads
/// the same as the published source.
public enum Region: String, Choice {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"

    public var displayName: String {
        switch self {
        case .englandAndWales: return "England and Wales"
        case .scotland: return "Scotland"
        case .northernIreland: return "Northern Ireland"
        }
    }
}
