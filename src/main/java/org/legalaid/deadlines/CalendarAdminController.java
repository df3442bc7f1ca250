package org.legalaid.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.legalaid.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The official calendar by year: single days and pasted notices. */
@Controller
class CalendarAdminController {

	private final CalendarAdministration admin;
	private final Violations violations;
	private final Clock clock;

	CalendarAdminController(CalendarAdministration admin, Violations violations, Clock clock) {
		this.admin = admin;
		this.violations = violations;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		return page(year, model, Map.of(), "", "", null, null, "");
	}

	@PostMapping("/admin/calendar/days")
	String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) DayKind kind, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String source, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			admin.add(day, kind, name, source);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/calendar?year=" + day.getYear();
		}
		catch (RuleViolation e) {
			return page(day == null ? null : day.getYear(), model, violations.of(e, request), "", "", day, kind, name);
		}
	}

	@PostMapping("/admin/calendar/days/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		admin.remove(day);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	@PostMapping("/admin/calendar/import")
	String importNotice(@RequestParam(defaultValue = "") String notice, @RequestParam(defaultValue = "") String noticeSource,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			int stored = admin.importNotice(notice, noticeSource);
			redirect.addFlashAttribute("imported", stored);
			return "redirect:/admin/calendar";
		}
		catch (RuleViolation e) {
			return page(null, model, violations.of(e, request), notice, noticeSource, null, null, "");
		}
	}

	private String page(Integer year, Model model, Map<String, String> errors, String notice, String noticeSource,
			LocalDate day, DayKind kind, String name) {
		int current = LocalDate.now(clock).getYear();
		int shown = year == null ? current : year;
		var years = new TreeSet<>(admin.years());
		years.add(current);
		years.add(current + 1);
		years.add(shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("days", admin.year(shown));
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		model.addAttribute("noticeSource", noticeSource);
		model.addAttribute("day", day);
		model.addAttribute("kind", kind);
		model.addAttribute("name", name);
		return "deadlines/calendar";
	}
}
