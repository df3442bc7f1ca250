package org.legalaid.casework.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import org.legalaid.casework.ClosingItem;
import org.legalaid.casework.LogDraft;
import org.legalaid.casework.LogKind;
import org.legalaid.casework.OutcomeDraft;
import org.legalaid.casework.ResultType;
import org.legalaid.shared.FormValues;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the case page, as posted. Numbers and dates stay text as typed and are read through
 * {@link FormValues}, so a mistyped one is refused next to its field. {@code version} is the case's version the form
 * was drawn from.
 */
final class Forms {

	private Forms() {
	}

	record EngageForm(Integer version, String note) {
	}

	record LogForm(LogKind kind, String happenedOn, String place, String amount, String note, MultipartFile file) {

		static LogForm empty(LocalDate today) {
			return new LogForm(null, today.toString(), "", "", "", null);
		}

		LogDraft draft(String fileName, InputStream content) {
			return new LogDraft(kind, FormValues.date("happenedOn", happenedOn), place, FormValues.amount("amount", amount),
					note, fileName, content);
		}
	}

	record ConcludeForm(Integer version, String closingDate, ResultType resultType, String amountAwarded,
			String amountRecovered, String personsAssisted, String summary) {

		OutcomeDraft draft() {
			return new OutcomeDraft(FormValues.date("closingDate", closingDate), resultType,
					FormValues.amount("amountAwarded", amountAwarded), FormValues.amount("amountRecovered", amountRecovered),
					FormValues.integer("personsAssisted", personsAssisted), summary);
		}
	}

	record WithdrawForm(Integer version, String reason, Boolean confirmed) {
	}

	record TerminateForm(Integer version, String ground, String reasons, Boolean confirmed) {
	}

	record ClosingForm(Integer version, Set<ClosingItem> items, String handlingReport) {
	}

	record ReviewForm(Integer version, String archiveNumber, String note, String reasons) {
	}

	record MajorForm(String reason) {
	}

	record DiscussionForm(String heldOn, String participants, String conclusion) {

		LocalDate day() {
			return FormValues.date("heldOn", heldOn);
		}
	}
}
