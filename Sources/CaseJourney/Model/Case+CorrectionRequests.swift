/// Requests to correct a record, and their answers.
extension Case {
    /// Records a request to correct `record`. Returns the history line; it is `correctionRequests.last`.
    public mutating func requestCorrection(
        of record: String, from reference: String, wrong: String, shouldSay: String, on date: CalendarDate, by author: String,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard let kind = recordKind(of: record) else {
            throw .usage("Case \(caseId) has no record \(record). `cj case show \(caseId)` and `cj plan show \(caseId)` show records with their ids.")
        }
        guard kind != .correctionRequest else { throw .usage("\(record) is itself a request to correct a record; withdraw it or answer it instead.") }
        // A visit already replaced by an amendment is not what the case says now.
        if let current = replacements(ofVisit: record).last {
            throw .usage("Visit \(record) was already corrected by \(current.id); record the request about \(current.id).")
        }
        let from = try participant(reference)
        let wrong = try Case.required(wrong, "Say what they say is wrong with --wrong, in their words.")
        let shouldSay = try Case.required(shouldSay, "Say what it should say with --should-say, in their words.")
        var request = CorrectionRequest(id: newRecordID("cr", count: correctionRequests.count), date: date, from: from, record: record,
                                        wrong: wrong, shouldSay: shouldSay, by: author)
        request.correctionsWhenAsked = correctionCount(of: record)
        try mark(&request, privacy)
        correctionRequests.append(request)
        return "Recorded \(from.name)'s request of \(date) to correct \(kind.rawValue) \(record) (\(request.id)): "
            + "\"\(wrong.oneLine)\" should say \"\(shouldSay.oneLine)\"" + request.markingDescription(in: self)
    }

    /// Answers a request: accepted once the record has been corrected (on or after the day they
    /// asked), or declined with the reason the record stands.
    public mutating func answerCorrectionRequest(
        _ id: String, accepted: Bool, reason: String, on date: CalendarDate, by author: String
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.correctionRequests, id, kind: .correctionRequest)
        let request = correctionRequests[index]
        if let answer = request.answer {
            throw .usage("Request \(id) was already \(answer.accepted ? "accepted" : "declined") on \(answer.date) by \(answer.by).")
        }
        let reason = try Case.required(reason, accepted ? "Say what was corrected with --reason." : "Say why the record stands with --reason: "
            + "the person who asked will read it.")
        guard date >= request.date else { throw .usage("Request \(id) was made on \(request.date); it cannot be answered before that.") }
        var correctedOn: CalendarDate?
        if accepted {
            // Only a correction made after the request counts, not an earlier one on the same day.
            let record = allRecords.first { $0.record.id == request.record }?.record
            let newer = (record?.correctionList ?? []).dropFirst(request.correctionsWhenAsked ?? 0)
            correctedOn = newer.map(\.date).filter { $0 >= request.date }.max()
                ?? (record?.withdrawal.map(\.date).flatMap { $0 >= request.date ? $0 : nil })
            // A visit is corrected by a replacement (`cj visit amend`), counted in
            // `correctionsWhenAsked` with its corrections. A replacement keeps the day of the visit,
            // not the day it was made, which was after the request and by this answer.
            let replacementsWhenAsked = (request.correctionsWhenAsked ?? 0) - (record?.correctionList.count ?? 0)
            if correctedOn == nil, replacements(ofVisit: request.record).count > replacementsWhenAsked {
                correctedOn = date
            }
            guard correctedOn != nil else {
                throw .usage("\(request.record) has not been corrected since \(request.date). Correct it first (for example `cj plan reword`, "
                    + "`cj person change`, `cj visit amend`), then accept the request; or decline it with the reason. Nothing was written.")
            }
        }
        correctionRequests[index].answer = CorrectionAnswer(accepted: accepted, date: date, by: author, reason: reason, correctedOn: correctedOn)
        return "\(accepted ? "Accepted" : "Declined") \(request.from.name)'s request \(id) to correct \(request.record): \(reason.oneLine)"
    }

    /// How many times a record has been corrected: its corrections, and for a visit the
    /// replacements that amend it one after another.
    private func correctionCount(of record: String) -> Int {
        (allRecords.first { $0.record.id == record }?.record.correctionList.count ?? 0) + replacements(ofVisit: record).count
    }

    /// The visit in force that corrects visit `id` directly, if any: a withdrawn amendment
    /// corrects nothing.
    public func correction(ofVisit id: String) -> Visit? {
        replacements(ofVisit: id).first
    }

    /// The visits in force that replace visit `id`, each amending the one before (empty for any
    /// other record). A withdrawn replacement replaces nothing: the visit it amended is back.
    func replacements(ofVisit id: String) -> [Visit] {
        var chain: [Visit] = []
        var current = id
        while let next = visits.first(where: { $0.amends == current && !$0.isWithdrawn }), !chain.contains(where: { $0.id == next.id }) {
            chain.append(next)
            current = next.id
        }
        return chain
    }
}
