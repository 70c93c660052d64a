/// A correction to a record: what it said before, who put it right, on which day and why.
///
/// The record itself shows its current state; its corrections keep, oldest first, every value it
/// held before, so anyone can see what was known at the time (nothing is overwritten unseen).
public struct Correction: Codable, Sendable, Equatable {
    /// The day the correction was made.
    public var date: CalendarDate
    public var by: String
    public var reason: String
    public var changes: [FieldChange]

    public init(date: CalendarDate, by: String, reason: String, changes: [FieldChange]) {
        self.date = date
        self.by = by
        self.reason = reason
        self.changes = changes
    }
}

/// One field of a record before and after a correction, as text ("name": "Zoe" → "Zoë").
public struct FieldChange: Codable, Sendable, Equatable {
    public var field: String
    /// Nil when the field was empty.
    public var was: String?
    /// Nil when the correction emptied it.
    public var now: String?

    public init(field: String, was: String?, now: String?) {
        self.field = field
        self.was = was
        self.now = now
    }

    /// `name "Zoe O'Brian" → "Zoë O'Brien"`, `school (none) → "Brookside Primary"`.
    public var description: String {
        "\(field) \(was.map { "\"\($0)\"" } ?? "(none)") → \(now.map { "\"\($0)\"" } ?? "(none)")"
    }
}

/// A record taken back: added in error, a duplicate, or no longer to be relied on. It stays in
/// the file, with who withdrew it, when and why, and leaves every list and summary.
public struct Withdrawal: Codable, Sendable, Equatable {
    public var date: CalendarDate
    public var by: String
    public var reason: String
    /// For a duplicate: the id of the record that stands for it now.
    public var sameAs: String?

    public init(date: CalendarDate, by: String, reason: String, sameAs: String? = nil) {
        self.date = date
        self.by = by
        self.reason = reason
        self.sameAs = sameAs
    }
}

/// A record that can be corrected and withdrawn through the one path in `Case+Corrections.swift`.
public protocol Correctable: Sendable {
    var id: String { get }
    var corrections: [Correction]? { get set }
    var withdrawal: Withdrawal? { get set }
}

extension Correctable {
    public var isWithdrawn: Bool { withdrawal != nil }
    /// Every correction, oldest first.
    public var correctionList: [Correction] { corrections ?? [] }
}

extension Array where Element: Correctable {
    /// The records that have not been withdrawn.
    public var inForce: [Element] {
        // Shared, not copied, when nothing is withdrawn, as is usual.
        contains(where: \.isWithdrawn) ? filter { !$0.isWithdrawn } : self
    }
}

/// The changes one correction makes, field by field; fields left as they were are not listed.
public struct FieldChanges: Sendable {
    public private(set) var list: [FieldChange] = []

    public init() {}

    public var isEmpty: Bool { list.isEmpty }

    /// Sets `field` to `new` when `new` is given and differs, noting what it was.
    public mutating func set<Value: Equatable>(_ name: String, _ field: inout Value, to new: Value?, _ describe: (Value) -> String?) {
        guard let new, new != field else { return }
        list.append(FieldChange(field: name, was: describe(field), now: describe(new)))
        field = new
    }

    /// For optional fields: `new` of `.some(nil)` empties the field.
    public mutating func setOptional<Value: Equatable>(_ name: String, _ field: inout Value?, to new: Value??, _ describe: (Value) -> String) {
        guard let new, new != field else { return }
        list.append(FieldChange(field: name, was: field.map(describe), now: new.map(describe)))
        field = new
    }

    public mutating func note(_ change: FieldChange) { list.append(change) }
}
