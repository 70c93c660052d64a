/// Every field of the case file that holds text, and how anything written for a family member
/// treats it. A new text field must be added here, with a rule in `ReaderView` if a family
/// member's output may show it: the generated leak test fails on any text field not listed.
///
/// Paths are the case file's keys, with `[]` for every element of a list
/// (`actions[].history[].reason`).
public enum DisclosureCatalogue {
    public enum Treatment: String, Sendable {
        /// Free text an output for a family member may show: the disclosure policy decides, item
        /// by item.
        case decidedByPolicy = "decided by the disclosure policy"
        /// Free text no output for a family member ever reads: workers' notes, the history,
        /// corrections, withdrawals.
        case neverShown = "never shown to a family member"
        /// Names and roles shown as they are (the children, the family name, the social worker),
        /// or, for someone kept from the reader, looked for as a detail and never shown.
        case identity = "a name, shown as it is, or looked for when kept from the reader"
        /// Contact details: shown only in the worker's own contact; looked for as details when
        /// kept from the reader.
        case contactDetail = "a contact detail, looked for when kept from the reader"
        /// Ids, dates and fixed choices.
        case code = "an id, a date or a fixed choice"
    }

    public static let fields: [String: Treatment] = {
        var fields: [String: Treatment] = [
            "caseId": .code, "familyName": .identity,
            "people[].id": .code, "people[].name": .identity, "people[].role": .code, "people[].born": .code,
            "people[].expectedBirth": .code, "people[].confidentialFrom[]": .code,
            "people[].gender": .code, "people[].ethnicity": .code, "people[].disabilities[]": .code, "people[].upn": .code,
            // Referrals and assessments are for the census and the team: who referred and why
            // never reach a family output, so a referrer who asked not to be named stays unnamed.
            "referrals[].id": .code, "referrals[].date": .code, "referrals[].children[]": .code, "referrals[].source": .code,
            "referrals[].referrer": .neverShown, "referrals[].reason": .neverShown, "referrals[].primaryNeed": .code,
            "referrals[].decision": .code, "referrals[].decided": .code, "referrals[].closed": .code,
            "referrals[].closureReason": .code, "referrals[].by": .neverShown,
            "assessments[].id": .code, "assessments[].referral": .code, "assessments[].started": .code,
            "assessments[].authorised": .code, "assessments[].factors[]": .code, "assessments[].by": .neverShown,
            "professionals[].id": .code, "professionals[].name": .identity, "professionals[].role": .identity,
            "professionals[].agency": .identity, "professionals[].confidentialFrom[]": .code,
            "allocations[].id": .code, "allocations[].worker": .identity, "allocations[].from": .code, "allocations[].to": .code,
            "allocations[].endReason": .neverShown, "allocations[].manager": .identity,
            "allocations[].handover.handedOver": .neverShown, "allocations[].handover.metFamily": .code,
            "allocations[].handover.metChildren": .code, "allocations[].handover.done[]": .neverShown,
            "plans[].id": .code, "plans[].type": .code, "plans[].children[]": .code, "plans[].category": .code,
            "plans[].start": .code, "plans[].end.date": .code, "plans[].end.reason": .neverShown, "plans[].end.conference": .code,
            "plans[].conference": .code,
            "visits[].id": .code, "visits[].date": .code, "visits[].by": .neverShown, "visits[].kind": .code,
            "visits[].children[].child": .code, "visits[].children[].outcome": .code, "visits[].children[].reason": .neverShown,
            "visits[].adultsSeen[]": .code, "visits[].note": .neverShown, "visits[].amends": .code,
            "visits[].amendmentReason": .neverShown,
            "expectations[].id": .code, "expectations[].what": .code, "expectations[].plan": .code, "expectations[].child": .code,
            "expectations[].interval.unit": .code, "expectations[].reason": .decidedByPolicy, "expectations[].setBy": .neverShown,
            "expectations[].setOn": .code,
            "outcomes[].reason": .decidedByPolicy,
            "actions[].id": .code, "actions[].plan": .code, "actions[].outcome": .code,
            "actions[].history[].kind": .code, "actions[].history[].date": .code, "actions[].history[].by": .neverShown,
            "actions[].history[].reason": .decidedByPolicy, "actions[].history[].text": .decidedByPolicy,
            "actions[].history[].note": .decidedByPolicy, "actions[].history[].repeats": .decidedByPolicy, "actions[].history[].due": .code,
            "actions[].history[].owner.person": .code, "actions[].history[].owner.professional": .code,
            "actions[].history[].owner.agency": .decidedByPolicy,
            "actions[].history[].owners[].person": .code, "actions[].history[].owners[].professional": .code,
            "actions[].history[].owners[].agency": .decidedByPolicy,
            "riskRatings[].id": .code, "riskRatings[].plan": .code, "riskRatings[].date": .code,
            "riskRatings[].ratedBy": .decidedByPolicy, "riskRatings[].reason": .decidedByPolicy,
            "views[].id": .code, "views[].plan": .code, "views[].person": .code, "views[].date": .code,
            "views[].text": .decidedByPolicy, "views[].recordedBy": .neverShown,
            "endProposals[].id": .code, "endProposals[].plan": .code, "endProposals[].date": .code,
            "endProposals[].by": .decidedByPolicy, "endProposals[].reason": .decidedByPolicy,
            "strategyDiscussions[].id": .code, "strategyDiscussions[].date": .code, "strategyDiscussions[].note": .neverShown,
            "strategyDiscussions[].by": .neverShown, "strategyDiscussions[].outcome": .code, "strategyDiscussions[].outcomeDate": .code,
            "conferences[].id": .code, "conferences[].kind": .code, "conferences[].date": .code, "conferences[].plan": .code,
            "conferences[].chair": .neverShown, "conferences[].recommendation": .code, "conferences[].decision": .code,
            "conferences[].decisionReason": .neverShown, "conferences[].parentsView": .decidedByPolicy,
            "conferences[].minutesSent": .code, "conferences[].reports[].id": .code, "conferences[].reports[].received": .code,
            "conferences[].reports[].sharedWithParents": .code, "conferences[].reports[].from.name": .decidedByPolicy,
            "conferences[].reports[].from.agency": .decidedByPolicy, "conferences[].reports[].from.person": .code,
            "conferences[].reports[].from.professional": .code,
            "conferences[].cancellation.date": .code, "conferences[].cancellation.by": .neverShown,
            "conferences[].cancellation.reason": .neverShown,
            // What made the conference fair: workers' records, and only what the policy allows in a summary.
            "conferences[].fairness.attendance[].person": .code, "conferences[].fairness.attendance[].name": .neverShown,
            "conferences[].fairness.attendance[].status": .code, "conferences[].fairness.attendance[].reason": .code,
            "conferences[].fairness.attendance[].reasonText": .neverShown, "conferences[].fairness.attendance[].left": .neverShown,
            "conferences[].fairness.attendance[].viewsSent": .code, "conferences[].fairness.attendance[].helpedBy": .neverShown,
            "conferences[].fairness.reportShares[].report": .code, "conferences[].fairness.reportShares[].person": .code,
            "conferences[].fairness.reportShares[].date": .code, "conferences[].fairness.interpreter.language": .neverShown,
            "conferences[].fairness.interpreter.booked": .code, "conferences[].fairness.interpreter.arrivedLate": .code,
            "conferences[].fairness.interpreter.leftBeforeDecision": .code, "conferences[].fairness.interpreter.atPreMeeting": .code,
            "conferences[].fairness.childcareOffered": .code, "conferences[].fairness.travelOffered": .code,
            "conferences[].fairness.preMeetingOffered": .code, "conferences[].fairness.preMeetingHeld": .code,
            "coreGroups[].id": .code, "coreGroups[].plan": .code, "coreGroups[].date": .code, "coreGroups[].actionsReviewed[]": .code,
            "coreGroups[].notesSent": .code, "coreGroups[].note": .neverShown,
            // Reaching adults: the attempts and appointments are workers' records; nothing written
            // for a family reads their words.
            "contacts[].id": .code, "contacts[].date": .code, "contacts[].person": .code, "contacts[].method": .code,
            "contacts[].outcome": .code, "contacts[].via": .neverShown, "contacts[].note": .neverShown, "contacts[].by": .neverShown,
            "appointments[].id": .code, "appointments[].date": .code, "appointments[].with[]": .code,
            "appointments[].purpose": .neverShown, "appointments[].bookedBy": .neverShown, "appointments[].bookedOn": .code,
            "appointments[].result": .code, "appointments[].resultDate": .code, "appointments[].cancelledBy": .code,
            "appointments[].reason": .neverShown, "appointments[].rebooks": .code,
            // Evidence of progress: a family member's own progress, which the policy may show them.
            "evidence[].id": .code, "evidence[].date": .code, "evidence[].person": .code, "evidence[].source": .code,
            "evidence[].from.name": .decidedByPolicy, "evidence[].from.agency": .decidedByPolicy, "evidence[].from.person": .code,
            "evidence[].from.professional": .code, "evidence[].text": .decidedByPolicy, "evidence[].actions[]": .code,
            "evidence[].outcomes[]": .code, "evidence[].by": .neverShown, "evidence[].recordedOn": .code,
            // A request to correct a record: the asker's own words, and the answer they are owed.
            "correctionRequests[].id": .code, "correctionRequests[].date": .code, "correctionRequests[].from.name": .decidedByPolicy,
            "correctionRequests[].from.agency": .decidedByPolicy, "correctionRequests[].from.person": .code,
            "correctionRequests[].from.professional": .code, "correctionRequests[].record": .code,
            "correctionRequests[].wrong": .decidedByPolicy, "correctionRequests[].shouldSay": .decidedByPolicy,
            "correctionRequests[].by": .neverShown, "correctionRequests[].answer.date": .code,
            "correctionRequests[].answer.by": .neverShown, "correctionRequests[].answer.reason": .decidedByPolicy,
            "correctionRequests[].answer.correctedOn": .code, "correctionRequests[].correctionsWhenAsked": .code,
            // Help a family member was referred to: where they go can be a kept detail.
            "services[].id": .code, "services[].person": .code, "services[].provider": .decidedByPolicy,
            "services[].purpose": .decidedByPolicy, "services[].referred": .code, "services[].accepted": .code,
            "services[].started": .code, "services[].ended": .code, "services[].endReason": .code, "services[].note": .neverShown,
            "services[].sessions[].date": .code, "services[].sessions[].outcome": .code, "services[].sessions[].note": .neverShown,
            "services[].by": .neverShown, "services[].actions[]": .code,
            // A written agreement: the family signed its terms; how it is reviewed is theirs to know.
            "agreements[].id": .code, "agreements[].plan": .code, "agreements[].signed": .code, "agreements[].agreedBy[]": .code,
            "agreements[].terms[]": .decidedByPolicy, "agreements[].checkIns[].date": .code, "agreements[].checkIns[].held": .code,
            "agreements[].checkIns[].reason": .neverShown, "agreements[].milestones[].text": .decidedByPolicy,
            "agreements[].milestones[].reached": .code, "agreements[].permissionRequests[].id": .code,
            "agreements[].permissionRequests[].asked": .code, "agreements[].permissionRequests[].from": .code,
            "agreements[].permissionRequests[].what": .decidedByPolicy, "agreements[].permissionRequests[].answered": .code,
            "agreements[].permissionRequests[].reason": .decidedByPolicy, "agreements[].ended": .code,
            "agreements[].endReason": .decidedByPolicy, "agreements[].keptAfterPlanBecause": .decidedByPolicy,
            "agreements[].by": .neverShown,
            // How to reach someone and what they need: kept from anyone they are kept from.
            "people[].contactNeeds.language": .contactDetail, "people[].contactNeeds.interpreter": .code,
            "people[].contactNeeds.contactBy[]": .code, "people[].contactNeeds.needs": .contactDetail,
            "people[].contactNeeds.workingHours": .contactDetail,
            "history[].at": .code, "history[].by": .neverShown, "history[].change": .neverShown,
            // Conflicts hold copies of any field, private ones included: only workers see them.
            "conflicts[].id": .code, "conflicts[].path[]": .neverShown, "conflicts[].about": .neverShown,
            "conflicts[].ours": .neverShown, "conflicts[].theirs": .neverShown, "conflicts[].at": .code,
            "conflicts[].by": .neverShown, "conflicts[].resolution.kept": .code, "conflicts[].resolution.value": .neverShown,
            "conflicts[].resolution.reason": .neverShown, "conflicts[].resolution.by": .neverShown,
            "conflicts[].resolution.date": .code,
        ]
        for list in ["worries", "strengths"] {
            fields["\(list)[].id"] = .code
            fields["\(list)[].plan"] = .code
            fields["\(list)[].text"] = .decidedByPolicy
            fields["\(list)[].date"] = .code
            fields["\(list)[].by"] = .neverShown
        }
        fields["worries[].historic.until"] = .code
        fields["worries[].historic.changedSince"] = .decidedByPolicy
        for field in ["id", "plan", "date"] { fields["outcomes[].\(field)"] = .code }
        fields["outcomes[].text"] = .decidedByPolicy
        fields["outcomes[].by"] = .neverShown
        for owner in ["people[]", "professionals[]", "allocations[]"] {
            for detail in ["address", "phone", "email", "school", "workplace"] { fields["\(owner).contact.\(detail)"] = .contactDetail }
        }
        for meeting in ["conferences[].invited[]", "conferences[].attended[]", "coreGroups[].attended[]"] {
            fields["\(meeting).name"] = .neverShown
            fields["\(meeting).agency"] = .neverShown
            fields["\(meeting).person"] = .code
            fields["\(meeting).professional"] = .code
        }
        // What every record shares: its marking, its corrections and its withdrawal.
        for record in ["people[]", "professionals[]", "allocations[]", "plans[]", "visits[]", "expectations[]", "worries[]",
                       "strengths[]", "outcomes[]", "actions[]", "riskRatings[]", "views[]", "endProposals[]",
                       "strategyDiscussions[]", "conferences[]", "coreGroups[]", "actions[].history[]", "contacts[]",
                       "appointments[]", "evidence[]", "correctionRequests[]", "services[]", "agreements[]", "referrals[]", "assessments[]"] {
            fields["\(record).privateFrom[]"] = .code
            fields["\(record).corrections[].date"] = .code
            fields["\(record).corrections[].by"] = .neverShown
            fields["\(record).corrections[].reason"] = .neverShown
            fields["\(record).corrections[].changes[].field"] = .neverShown
            fields["\(record).corrections[].changes[].was"] = .neverShown
            fields["\(record).corrections[].changes[].now"] = .neverShown
            fields["\(record).withdrawal.date"] = .code
            fields["\(record).withdrawal.by"] = .neverShown
            fields["\(record).withdrawal.reason"] = .neverShown
            fields["\(record).withdrawal.sameAs"] = .code
        }
        return fields
    }()

    /// The catalogue's path for a location in a case file: `actions[3].history[0].reason` is
    /// `actions[].history[].reason`.
    public static func path(_ location: String) -> String {
        var path = ""
        var skipping = false
        for character in location {
            if character == "[" { skipping = true; path += "[]" } else if character == "]" { skipping = false } else if !skipping { path.append(character) }
        }
        return path
    }
}
