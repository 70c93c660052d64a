/// The one place that decides what a family member may read. Every output written for a family
/// member asks it about every item that carries free text (through `ReaderView`): may this
/// reader see this item, and if not, why.
///
/// An item is withheld when a worker marked it not for the family or private from the reader;
/// when it belongs to, was held by, or was said by an adult or professional kept from the reader;
/// when it is another adult's own part (their actions, their views, what they said where the
/// reader was not); when it is a child's words the child did not agree to share with this
/// reader; when it names someone kept from the reader or holds a detail kept from them; and when
/// the policy cannot tell who it belongs to. Withheld is the default: an item is shown only when
/// no rule applies.
public struct DisclosurePolicy: Sendable {
    /// Why an item was left out.
    public enum Rule: String, CaseIterable, Sendable, Codable {
        case markedNotForFamily = "marked not for the family"
        case markedPrivate = "marked private from the reader"
        case cannotTell = "cannot tell whose it is"
        case belongsToKeptPerson = "belongs to or was held by someone kept from the reader"
        case anotherAdultsOwn = "another adult's own part"
        case childsWords = "a child's words not shared with the reader"
        case namesKeptPerson = "names someone kept from the reader"
        case holdsKeptDetail = "holds a detail kept from the reader"
    }

    /// The person the output is for; nil for the professionals' view, which shows everything.
    public let reader: Person?
    /// People kept from the reader: adults (and what they hold), by id.
    public let keptPeople: [Person]
    /// Professionals and services kept from the reader, by id.
    public let keptProfessionals: [Professional]
    /// The details to look for in free text.
    public let matcher: DetailMatcher
    /// Rules switched off: only for tests that prove each rule catches something.
    let disabled: Set<Rule>
    private let value: Case

    public init(case value: Case, reader: Person?) {
        self.init(case: value, reader: reader, disabling: [])
    }

    init(case value: Case, reader: Person?, disabling disabled: Set<Rule>) {
        self.value = value
        self.reader = reader
        self.disabled = disabled
        guard let reader else {
            keptPeople = []
            keptProfessionals = []
            matcher = DetailMatcher([])
            return
        }
        let hiddenPeople = value.people.filter { $0.id != reader.id && $0.isConfidential(from: reader.id) }
        keptPeople = hiddenPeople.filter { !$0.isChild }
        keptProfessionals = value.professionals.filter { $0.isConfidential(from: reader.id) }
        var details: [KeptDetail] = []
        // Names first, so the worker's list says who an item names before where it points.
        for person in hiddenPeople where !person.isChild {
            // A child's details are kept, but the child is still the reader's to read about.
            details += DisclosurePolicy.names(person.name, firstName: person.firstName)
        }
        for professional in keptProfessionals {
            details += DisclosurePolicy.names(professional.name, firstName: String(professional.name.split(separator: " ").first ?? ""))
        }
        for person in hiddenPeople {
            details += DisclosurePolicy.contactDetails(person.contact, of: person.name)
        }
        for professional in keptProfessionals {
            details += DisclosurePolicy.contactDetails(professional.contact, of: professional.name)
            details.append(KeptDetail(.place, label: "the agency of \(professional.name)", value: professional.agency))
        }
        // Details as they were before a correction are still details.
        for person in hiddenPeople {
            for change in person.correctionList.flatMap(\.changes) where DisclosurePolicy.contactFields[change.field] != nil {
                if let was = change.was { details.append(KeptDetail(DisclosurePolicy.contactFields[change.field]!, label: "\(person.name)'s earlier \(change.field)", value: was)) }
            }
        }
        matcher = DetailMatcher(details)
    }

    /// True for the professionals' view.
    public var showsEverything: Bool { reader == nil }

    /// Nil when `item` may be shown to the reader; otherwise the rule that withholds it, with the
    /// particulars ("Gemma Evans's address").
    public func withholding(_ item: DisclosureItem) -> Withholding? {
        guard let reader else { return nil }
        func rule(_ rule: Rule, _ detail: String?) -> Withholding? {
            disabled.contains(rule) ? nil : Withholding(rule: rule, detail: detail)
        }
        if item.notForFamily, let found = rule(.markedNotForFamily, nil) { return found }
        if item.privateFrom.contains(reader.id), let found = rule(.markedPrivate, nil) { return found }
        if let unknown = item.unresolved, let found = rule(.cannotTell, unknown) { return found }
        if let kept = keptPeople.first(where: { item.involvedPeople.contains($0.id) }),
           let found = rule(.belongsToKeptPerson, kept.name) { return found }
        if let kept = keptProfessionals.first(where: { item.professionals.contains($0.id) }),
           let found = rule(.belongsToKeptPerson, kept.name) { return found }
        if let other = otherAdultOwner(of: item), let found = rule(.anotherAdultsOwn, other.name) { return found }
        if let words = item.childsWords, !mayRead(words), let found = rule(.childsWords, childsWordsReason(words)) { return found }
        for text in item.texts {
            guard let detail = matcher.firstMatch(in: text) else { continue }
            let rule = detail.kind == .name ? Rule.namesKeptPerson : Rule.holdsKeptDetail
            if let found = self.rule(rule, detail) { return found }
        }
        return nil
    }

    /// The detail `text` holds that the reader must not see, if any: the same rules as for items,
    /// for the last check of a finished document.
    public func keptDetail(in text: String) -> KeptDetail? {
        guard reader != nil, let detail = matcher.firstMatch(in: text) else { return nil }
        return disabled.contains(detail.kind == .name ? .namesKeptPerson : .holdsKeptDetail) ? nil : detail
    }

    private func rule(_ rule: Rule, _ detail: KeptDetail) -> Withholding? {
        disabled.contains(rule) ? nil : Withholding(rule: rule, detail: detail.label)
    }

    /// An adult other than the reader whose own part the item is, unless the reader shares it
    /// (an action they carry out together) or heard it (they were at the meeting).
    private func otherAdultOwner(of item: DisclosureItem) -> Person? {
        guard let reader else { return nil }
        let owners = item.ownedBy.compactMap { value.person(withID: $0) }.filter { !$0.isChild }
        if !owners.isEmpty, !owners.contains(where: { $0.id == reader.id }) { return owners.first }
        let speakers = item.saidBy.compactMap { value.person(withID: $0) }.filter { !$0.isChild && $0.id != reader.id }
        if let speaker = speakers.first, !item.heardBy.contains(reader.id) { return speaker }
        return nil
    }

    /// Children's words go to their parents (a mother, father, carer, or anyone with parental
    /// responsibility), and only where the child agreed.
    private func mayRead(_ words: DisclosureItem.ChildsWords) -> Bool {
        guard let reader, words.agreed else { return false }
        return [.mother, .father, .carer].contains(reader.role) || reader.parentalResponsibility == true
    }

    private func childsWordsReason(_ words: DisclosureItem.ChildsWords) -> String {
        let name = value.person(withID: words.child)?.firstName ?? words.child
        return words.agreed ? "\(name)'s words go only to their parents" : "\(name) did not agree to share it"
    }

    // MARK: Details

    static let contactFields: [String: KeptDetail.Kind] = [
        "address": .place, "phone": .phone, "email": .email, "school": .place, "workplace": .place,
    ]

    static func contactDetails(_ contact: ContactDetails?, of name: String) -> [KeptDetail] {
        (contact?.labelledValues ?? []).map { label, value in
            KeptDetail(contactFields[label] ?? .place, label: "\(name)'s \(label)", value: value)
        }
    }

    static func names(_ name: String, firstName: String) -> [KeptDetail] {
        var found = [KeptDetail(.name, label: name, value: name)]
        if firstName != name && !firstName.isEmpty { found.append(KeptDetail(.name, label: name, value: firstName)) }
        return found
    }
}

/// Why one item was left out.
public struct Withholding: Sendable, Equatable {
    public var rule: DisclosurePolicy.Rule
    /// The particulars, when the rule has any: "Gemma Evans's address", "Dean Price".
    public var detail: String?

    /// "holds a detail kept from the reader: Gemma Evans's address".
    public var description: String { detail.map { "\(rule.rawValue): \($0)" } ?? rule.rawValue }
}

/// Anything with free text that an output for a family member might show, as the policy sees
/// it: its words, whose it is, who said it, and how a worker marked it.
public struct DisclosureItem: Sendable {
    public struct ChildsWords: Sendable, Equatable {
        public var child: String
        public var agreed: Bool
    }

    /// "worry", "action", "reason for a change to action a3", for the worker's list.
    public var kind: String
    /// The record's id.
    public var id: String
    /// Every piece of free text it would show.
    public var texts: [String]
    /// People whose part it is now: the family owners of an action, by id.
    public var ownedBy: [String] = []
    /// People whose part it ever was (an action once in their hands), by id.
    public var heldBy: [String] = []
    /// People who said it, by id.
    public var saidBy: [String] = []
    /// People who were there when it was said (so heard it anyway), by id.
    public var heardBy: [String] = []
    /// Professionals it belongs to or was given by, by id.
    public var professionals: [String] = []
    /// Set when it is a child's own words.
    public var childsWords: ChildsWords?
    public var privateFrom: [String] = []
    public var notForFamily = false
    /// Set when it names people the case does not have, so nobody can tell whose it is.
    public var unresolved: String?

    public init(kind: String, id: String, texts: [String]) {
        self.kind = kind
        self.id = id
        self.texts = texts
    }

    /// Everyone the item belongs to, was held by, or was said by.
    var involvedPeople: [String] { ownedBy + heldBy + saidBy }

    /// The item with a record's marking.
    func marked(_ record: some PrivacyMarked) -> DisclosureItem {
        var item = self
        item.privateFrom += record.markedPrivateFrom
        item.notForFamily = item.notForFamily || record.isNotForFamily
        return item
    }
}
