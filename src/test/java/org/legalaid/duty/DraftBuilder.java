package org.legalaid.duty;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.legalaid.lawyers.ProviderId;

/** A legal-help draft for tests, filled with valid values and changed one field at a time. */
final class DraftBuilder {

	Long station;
	ProviderId provider;
	OffsetDateTime helpedAt;
	HelpStage stage = HelpStage.INVESTIGATION;
	String personName = "张三";
	String personIdNumber;
	String detentionFacility = "城关区看守所";
	String caseNumber;
	String caseOrgan;
	Set<HelpType> types = EnumSet.of(HelpType.CONSULTATION);
	boolean plea;
	boolean signing;
	String opinion;
	String opinionTo;
	OffsetDateTime meetingRequestedAt;
	OffsetDateTime lawyerNotifiedAt;
	OffsetDateTime metAt;
	OffsetDateTime applicationRequestedAt;
	boolean forwarded;
	OffsetDateTime forwardedAt;
	String outcome;

	DraftBuilder(long station, OffsetDateTime helpedAt) {
		this.station = station;
		this.helpedAt = helpedAt;
	}

	DraftBuilder by(ProviderId p) {
		provider = p;
		return this;
	}

	DraftBuilder types(HelpType first, HelpType... rest) {
		types = EnumSet.of(first, rest);
		return this;
	}

	DraftBuilder plea(boolean plea, boolean signing) {
		this.plea = plea;
		this.signing = signing;
		return this;
	}

	DraftBuilder application(OffsetDateTime requested, OffsetDateTime forwardedAt) {
		applicationRequestedAt = requested;
		this.forwardedAt = forwardedAt;
		forwarded = forwardedAt != null;
		return this;
	}

	DraftBuilder meeting(OffsetDateTime requested, OffsetDateTime notified) {
		meetingRequestedAt = requested;
		lawyerNotifiedAt = notified;
		return this;
	}

	HelpRecordDraft build() {
		return new HelpRecordDraft(station, provider, helpedAt, stage, personName, personIdNumber, detentionFacility, caseNumber,
				caseOrgan, types, plea, signing, opinion, opinionTo, meetingRequestedAt, lawyerNotifiedAt, metAt,
				applicationRequestedAt, forwarded, forwardedAt, outcome);
	}
}
