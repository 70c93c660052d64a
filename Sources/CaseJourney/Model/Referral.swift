/// A referral to children's services: the start of a child in need episode in the census. It
/// may come from a school, the police or a neighbour, or from the family asking for help
/// themselves; it is decided (no further action, advice, or an assessment) and, later, closed.
public struct Referral: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The day it was received.
    public var date: CalendarDate
    /// The children it is about, by id: each has their own episode in the census.
    public var children: [String]
    public var source: ReferralSource
    /// Who referred, as given ("Millbrook Primary School (Martin Hale)"): never shown to the
    /// family, so a referrer who asked not to be named stays unnamed.
    public var referrer: String?
    /// What the referral was about, in the worker's words.
    public var reason: String
    /// The census's primary need code, once known (needed when the referral goes further).
    public var primaryNeed: PrimaryNeed?
    public var decision: ReferralDecision?
    /// The day it was decided.
    public var decided: CalendarDate?
    /// The day the episode closed, and why.
    public var closed: CalendarDate?
    public var closureReason: ClosureReason?
    public var by: String
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, children: [String], source: ReferralSource, reason: String, by: String) {
        self.id = id
        self.date = date
        self.children = children
        self.source = source
        self.reason = reason
        self.by = by
    }

    /// True when the episode is open on `date`: received by then and not yet closed.
    public func isOpen(on date: CalendarDate) -> Bool {
        self.date <= date && (closed.map { $0 > date } ?? true)
    }

    /// True when the episode is still running on `date`: not closed, and not ended by a decision
    /// of no further action (or advice) on or before it.
    public func isEpisodeOpen(on date: CalendarDate) -> Bool {
        guard isOpen(on: date) else { return false }
        if decision?.isNoFurtherAction == true, let decided, decided <= date { return false }
        return true
    }

    /// A referral the family made themselves.
    public var isFromFamily: Bool { source == .selfReferral || source == .familyMember }
}

/// What was decided about a referral.
public enum ReferralDecision: String, Choice {
    /// Nothing more is done (the census's "referral with no further action").
    case noFurtherAction = "no-further-action"
    /// Advice or information was given, and nothing more (also no further action in the census).
    case advice
    /// An assessment of the child's needs.
    case assessment

    public var displayName: String {
        switch self {
        case .noFurtherAction: "no further action"
        case .advice: "advice given, no further action"
        case .assessment: "an assessment"
        }
    }

    /// The census counts advice and no further action alike.
    public var isNoFurtherAction: Bool { self != .assessment }
}

/// Where a referral came from: the census's source codes.
public enum ReferralSource: String, Choice {
    case familyMember = "1A", acquaintance = "1B", selfReferral = "1C", otherIndividual = "1D"
    case school = "2A", education = "2B"
    case gp = "3A", healthVisitor = "3B", schoolNurse = "3C", otherPrimaryHealth = "3D", hospital = "3E", otherHealth = "3F"
    case housing = "4"
    case socialCare = "5A", otherLocalAuthorityService = "5B", externalLocalAuthority = "5C", earlyHelp = "5D"
    case police = "6", otherLegalAgency = "7", other = "8", anonymous = "9", unknown = "10"

    public var displayName: String {
        switch self {
        case .familyMember: "a family member, relative or carer"
        case .acquaintance: "an acquaintance"
        case .selfReferral: "the family themselves"
        case .otherIndividual: "another individual"
        case .school: "a school"
        case .education: "an education service"
        case .gp: "a GP"
        case .healthVisitor: "a health visitor"
        case .schoolNurse: "a school nurse"
        case .otherPrimaryHealth: "another primary health service"
        case .hospital: "a hospital (A&E)"
        case .otherHealth: "another health service"
        case .housing: "housing"
        case .socialCare: "the council's social care"
        case .otherLocalAuthorityService: "another council service"
        case .externalLocalAuthority: "another council"
        case .earlyHelp: "early help"
        case .police: "the police"
        case .otherLegalAgency: "another legal agency"
        case .other: "another source"
        case .anonymous: "someone who did not give their name"
        case .unknown: "not known"
        }
    }
}

/// The census's primary need codes: the main reason a child needs help.
public enum PrimaryNeed: String, Choice {
    case notStated = "N0", abuseOrNeglect = "N1", childDisability = "N2", parentalIllness = "N3", acuteStress = "N4"
    case familyDysfunction = "N5", socialBehaviour = "N6", lowIncome = "N7", absentParenting = "N8", notInNeed = "N9"

    public var displayName: String {
        switch self {
        case .notStated: "not stated"
        case .abuseOrNeglect: "abuse or neglect"
        case .childDisability: "the child's disability or illness"
        case .parentalIllness: "a parent's disability or illness"
        case .acuteStress: "family in acute stress"
        case .familyDysfunction: "family dysfunction"
        case .socialBehaviour: "socially unacceptable behaviour"
        case .lowIncome: "low income"
        case .absentParenting: "absent parenting"
        case .notInNeed: "not a child in need"
        }
    }
}

/// Why a child in need episode closed: the census's reason codes.
public enum ClosureReason: String, Choice {
    case adopted = "RC1", died = "RC2", childArrangementsOrder = "RC3", specialGuardianship = "RC4"
    case transferredToAnotherAuthority = "RC5", transferredToAdultServices = "RC6", servicesEnded = "RC7"
    case closedAfterAssessment = "RC8", closedAfterAssessmentEarlyHelp = "RC9"

    public var displayName: String {
        switch self {
        case .adopted: "adopted"
        case .died: "died"
        case .childArrangementsOrder: "a child arrangements order"
        case .specialGuardianship: "a special guardianship order"
        case .transferredToAnotherAuthority: "moved to another council's services"
        case .transferredToAdultServices: "moved to adult services"
        case .servicesEnded: "help ended for another reason (no longer in need)"
        case .closedAfterAssessment: "closed after assessment, no further action"
        case .closedAfterAssessmentEarlyHelp: "closed after assessment, passed to early help"
        }
    }

    /// RC8 and RC9 say an assessment was made.
    public var followsAssessment: Bool { self == .closedAfterAssessment || self == .closedAfterAssessmentEarlyHelp }
}

/// An assessment of a child's needs after a referral: when it started, when a manager authorised
/// it (its completion), and the factors it found, as the census's codes.
public struct Assessment: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The referral (episode) it belongs to.
    public var referral: String
    public var started: CalendarDate
    /// The day a manager authorised it: its completion.
    public var authorised: CalendarDate?
    /// The census's factor codes found at the end ("3B", "18C"; "21" is no factors).
    public var factors: [String]?
    public var by: String
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, referral: String, started: CalendarDate, by: String) {
        self.id = id
        self.referral = referral
        self.started = started
        self.by = by
    }

    /// The census's factor codes: a number from 1 to 24, with a letter for whose factor it is.
    public static func isFactorCode(_ code: String) -> Bool {
        let digits = code.prefix { $0.isNumber }
        let rest = code.dropFirst(digits.count)
        guard let number = Int(digits), (1...24).contains(number) else { return false }
        return rest.isEmpty || (rest.count == 1 && "ABCDEFGHIJ".contains(rest))
    }
}

/// A disability as the census codes it.
public enum DisabilityCode: String, Choice {
    case none = "NONE", mobility = "MOB", handFunction = "HAND", personalCare = "PC", incontinence = "INC"
    case communication = "COMM", learning = "LD", hearing = "HEAR", vision = "VIS", behaviour = "BEH"
    case consciousness = "CON", autism = "AUT", other = "DDA"
}
