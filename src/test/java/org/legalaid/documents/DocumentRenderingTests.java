package org.legalaid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The official letter rendered to PDF: Chinese text that can be extracted, embedded fonts, A4, page numbers. */
@SpringBootTest
class DocumentRenderingTests {

	@Autowired
	OfficialDocuments documents;

	static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return lines(new PDFTextStripper().getText(doc));
		}
	}

	/** Extracted text with line breaks removed, since a long paragraph wraps. */
	static String lines(String text) {
		return text.replaceAll("\\R", "");
	}

	static List<PDFont> fonts(PDDocument doc) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : doc.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	static DocumentRequest letter(List<String> paragraphs) {
		return new DocumentRequest("official-letter",
				Map.of("recipient", "兰州市城关区人民法院", "paragraphs", paragraphs, "contact", "联系人：张明 0931-12348"),
				null, "城关区法律援助中心", "法律援助公函", "甘城援函〔2026〕7号", LocalDate.of(2026, 3, 5));
	}

	@Test
	void letterShowsTitleNumberUnitBodySealDateAndPageNumbers() throws IOException {
		byte[] pdf = documents.render(letter(List.of("你院通知辩护的被告人李某某一案，本中心已指派律师王某承办。", "请予接洽为盼。")));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("法律援助公函", "甘城援函〔2026〕7号", "城关区法律援助中心", "兰州市城关区人民法院：",
				"你院通知辩护的被告人李某某一案，本中心已指派律师王某承办。", "特此函告。", "（盖章）", "2026年3月5日",
				"第 1 页 / 共 1 页");
	}

	@Test
	void everyFontIsEmbeddedAndThePageIsA4() throws IOException {
		byte[] pdf = documents.render(letter(List.of("正文。")));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = fonts(doc);
			assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
			assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains("DroidSansFallback"))
				.anySatisfy(f -> assertThat(f.getName()).contains("LiberationSans"));
			var box = doc.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void aLongLetterRunsOverPagesNumberedOfTheTotal() throws IOException {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			paragraphs.add("第" + i + "段：根据《中华人民共和国法律援助法》的规定，本中心依法提供法律援助。");
		}
		byte[] pdf = documents.render(letter(paragraphs));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			String text = lines(new PDFTextStripper().getText(doc));
			assertThat(text).contains("第 1 页 / 共 " + pages + " 页", "第 " + pages + " 页 / 共 " + pages + " 页");
		}
	}

	@Test
	void textFromTheModelIsEscapedNotMarkup() throws IOException {
		byte[] pdf = documents.render(letter(List.of("<b>粗体</b> & 符号")));
		assertThat(text(pdf)).contains("<b>粗体</b> & 符号");
	}

	@Test
	void englishLocaleUsesTheEnglishFixedWords() throws IOException {
		var request = new DocumentRequest("official-letter", Map.of("recipient", "Court", "paragraphs", List.of("Body.")),
				Locale.ENGLISH, "Chengguan Legal Aid Centre", "Official letter", "", LocalDate.of(2026, 3, 5));
		String text = text(documents.render(request));
		assertThat(text).contains("(Seal)", "Page 1 of 1", "5 March 2026").doesNotContain("盖章");
	}
}
