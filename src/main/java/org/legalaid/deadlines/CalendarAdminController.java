package org.legalaid.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeSet;

import org.legalaid.shared.FormValues;
import org.legalaid.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The official calendar by year: single days and pasted notices. */
@Controller
class CalendarAdminController {

	/** One day as typed; the date is read on saving. */
	record DayForm(String day, DayKind kind, String name, String source) {
	}

	/** A pasted notice: one day per line, and the notice it comes from. */
	record NoticeForm(String notice, String source) {
	}

	private final CalendarAdministration admin;
	private final Clock clock;

	CalendarAdminController(CalendarAdministration admin, Clock clock) {
		this.admin = admin;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		return page(year, model, new DayForm(null, DayKind.HOLIDAY, null, null), new NoticeForm(null, null));
	}

	@PostMapping("/admin/calendar/days")
	String add(@ModelAttribute("dayForm") DayForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		LocalDate day = null;
		try {
			day = FormValues.date("day", form.day());
			admin.add(day, form.kind(), form.name(), form.source());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/calendar?year=" + day.getYear();
		}
		catch (RuleViolation e) {
			e.rejectInto(binding);
			return page(day == null ? null : day.getYear(), model, form, new NoticeForm(null, null));
		}
	}

	@PostMapping("/admin/calendar/days/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		admin.remove(day);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	@PostMapping("/admin/calendar/import")
	String importNotice(@ModelAttribute("noticeForm") NoticeForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			int stored = admin.importNotice(form.notice(), form.source());
			redirect.addFlashAttribute("imported", stored);
			return "redirect:/admin/calendar";
		}
		catch (RuleViolation e) {
			e.rejectInto(binding);
			return page(null, model, new DayForm(null, DayKind.HOLIDAY, null, null), form);
		}
	}

	private String page(Integer year, Model model, DayForm dayForm, NoticeForm noticeForm) {
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
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("noticeForm", noticeForm);
		return "deadlines/calendar";
	}
}
