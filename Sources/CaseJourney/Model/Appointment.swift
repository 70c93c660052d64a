/// An appointment made with someone in the family: who booked it, whether it happened, who
/// cancelled it and why, and whether a cancelled one was booked again. An appointment the
/// service cancels and never rebooks is the service's gap, not the family's.
public struct Appointment: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The day it is (or was) for.
    public var date: CalendarDate
    /// The people it is with (person ids).
    public var with: [String]
    /// What it is for ("Assessment of Lee as a parent").
    public var purpose: String
    /// The worker or professional who booked it.
    public var bookedBy: String
    /// The day it was booked; nil when it was recorded after the day, with no booking day given.
    public var bookedOn: CalendarDate?
    /// Nil while it is still to come, or until someone records what happened.
    public var result: AppointmentResult?
    /// The day the result was recorded (for a cancellation: the day it was called off).
    public var resultDate: CalendarDate?
    /// Who called it off, when it was cancelled.
    public var cancelledBy: CancelledBy?
    /// Why it was cancelled or missed.
    public var reason: String?
    /// The appointment this one books again, after it was cancelled or missed.
    public var rebooks: String?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, with: [String], purpose: String, bookedBy: String, bookedOn: CalendarDate?) {
        self.id = id
        self.date = date
        self.with = with
        self.purpose = purpose
        self.bookedBy = bookedBy
        self.bookedOn = bookedOn
    }
}

public enum AppointmentResult: String, Choice {
    case happened
    /// The person it was with did not come (or was not in).
    case missed
    case cancelled
}

/// Who called an appointment off.
public enum CancelledBy: String, Choice {
    /// The social work service (the worker, the team).
    case service
    /// The person it was with.
    case family
    /// Another agency (the provider, the clinic).
    case agency

    public var displayName: String {
        switch self {
        case .service: "the service"
        case .family: "the family"
        case .agency: "another agency"
        }
    }
}

/// How to reach an adult and what they need: recorded once, so every worker (and a new one)
/// knows to book an interpreter, to text rather than write, or to visit after a late shift.
public struct ContactNeeds: Codable, Sendable, Equatable {
    /// The language they are most at ease in.
    public var language: String?
    public var interpreter: Bool?
    /// How they asked to be contacted, most preferred first.
    public var contactBy: [ContactMethod]?
    /// Hearing, sight, reading or other needs, in the worker's words.
    public var needs: String?
    /// When they work ("nights, Monday to Thursday"), so meetings are not booked then.
    public var workingHours: String?

    public init(language: String? = nil, interpreter: Bool? = nil, contactBy: [ContactMethod]? = nil, needs: String? = nil,
                workingHours: String? = nil) {
        self.language = language
        self.interpreter = interpreter
        self.contactBy = contactBy
        self.needs = needs
        self.workingHours = workingHours
    }

    public var isEmpty: Bool {
        language == nil && interpreter == nil && (contactBy ?? []).isEmpty && needs == nil && workingHours == nil
    }

    /// "Polish, needs an interpreter; contact by text, call; works nights".
    public var description: String {
        var parts: [String] = []
        if let language { parts.append(language + (interpreter == true ? ", needs an interpreter" : "")) }
        else if interpreter == true { parts.append("needs an interpreter") }
        if let methods = contactBy, !methods.isEmpty { parts.append("contact by " + methods.map(\.displayName).joined(separator: ", ")) }
        if let needs { parts.append(needs) }
        if let workingHours { parts.append("works " + workingHours) }
        return parts.joined(separator: "; ")
    }
}
