package org.legalaid.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.legalaid.eligibility.EligibilityRules;
import org.legalaid.eligibility.Materials;
import org.legalaid.intake.OnlineApplications;
import org.legalaid.intake.OnlineApplication;
import org.legalaid.intake.OnlineReceipt;
import org.legalaid.intake.OpposingParty;
import org.legalaid.intake.Upload;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.shared.Actor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Applying online from a phone, and following an application with its number and phone number. No account needed. */
@Controller
class PublicApplicationController {

	private final OnlineApplications online;
	private final ServiceNetwork network;
	private final EligibilityRules rules;
	private final Clock clock;

	PublicApplicationController(OnlineApplications online, ServiceNetwork network, EligibilityRules rules, Clock clock) {
		this.online = online;
		this.network = network;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/public/apply")
	String form(@RequestParam(name = "centre", required = false) Long centre, Model model) {
		return page(model, OnlineForm.empty(centre, UUID.randomUUID().toString()));
	}

	@PostMapping("/public/apply")
	String submit(@ModelAttribute("form") OnlineForm form, BindingResult result,
			@RequestParam(name = "identityFiles", required = false) List<MultipartFile> identityFiles,
			@RequestParam(name = "caseFiles", required = false) List<MultipartFile> caseFiles, Model model) {
		List<Upload> uploads = new ArrayList<>();
		add(uploads, Materials.IDENTITY_DOCUMENT, identityFiles);
		add(uploads, Materials.CASE_MATERIALS, caseFiles);
		try {
			OnlineReceipt receipt = online.submitOnline(form.application(), form.idempotencyKey(), uploads);
			model.addAttribute("receipt", receipt);
			model.addAttribute("centre", centre(form.centreId()));
			model.addAttribute("files", uploads.size());
			return "intake/public/submitted";
		}
		catch (RuleViolation e) {
			String field = e.field() == null ? null : e.field().startsWith("file") ? "files" : ApplicationForm.formField(e.field());
			new RuleViolation(field, e.messageKey(), e.args()).rejectInto(result);
			return page(model, form);
		}
	}

	@GetMapping("/public/applications/status")
	String statusForm() {
		return "intake/public/status";
	}

	@PostMapping("/public/applications/status")
	String status(@RequestParam String number, @RequestParam String phone, Model model) {
		model.addAttribute("number", number);
		try {
			model.addAttribute("status", online.status(number, phone));
		}
		catch (RecordNotFound e) {
			model.addAttribute("notFound", true);
		}
		return "intake/public/status";
	}

	private String page(Model model, OnlineForm form) {
		ServiceUnit centre = centre(form.centreId());
		model.addAttribute("form", form);
		model.addAttribute("centre", centre);
		if (centre != null) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("matters", rules.rulesFor(centre.divisionCode(), today).mattersInForce(today));
			model.addAttribute("commitment", rules.commitmentText(centre.divisionCode(), today).orElse(null));
		}
		return "intake/public/apply";
	}

	private ServiceUnit centre(Long id) {
		return id == null ? null : network.find(id, Actor.SYSTEM).filter(u -> u.active() && u.kind() == UnitKind.CENTRE).orElse(null);
	}

	private static void add(List<Upload> uploads, String material, List<MultipartFile> files) {
		if (files == null) {
			return;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new Upload(material, file.getInputStream()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The online form as posted; {@code files} only carries errors about the uploaded files back to the page. */
	record OnlineForm(String idempotencyKey, Long centreId, String name, String documentNumber, String phone, String address,
			String matterCode, String facts, String partyName, Boolean commitmentConfirmed, String urgentReason, String files) {

		static OnlineForm empty(Long centreId, String key) {
			return new OnlineForm(key, centreId, "", "", "", "", "", "", "", false, "", null);
		}

		OnlineApplication application() {
			PersonDraft applicant = new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, documentNumber, null, null, null, null,
					phone, address, null, Set.of());
			return new OnlineApplication(centreId, applicant, matterCode, facts,
					List.of(new OpposingParty(partyName, null, null, null)), Boolean.TRUE.equals(commitmentConfirmed), urgentReason);
		}
	}
}
