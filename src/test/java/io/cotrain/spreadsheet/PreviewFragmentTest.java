package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.readXlsx;
import static io.cotrain.spreadsheet.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The fragments of {@code templates/fragments/import.html}, rendered with the real message bundles. */
class PreviewFragmentTest {

	private static final SpringTemplateEngine ENGINE = engine();

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(Fixtures.messages());
		return engine;
	}

	private static String render(String fragment, Locale locale, Map<String, Object> variables) {
		Context context = new Context(locale, variables);
		context.setVariable("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-secret"));
		return ENGINE.process("fragments/import", java.util.Set.of(fragment), context);
	}

	private static final ImportPreview BAD = readXlsx(row("工号", "姓名", "入职日期", "备注"),
			row("E1", "王芳", "2024-01-02", "x"), row(null, "李雷", "2024-13-01", "y"), row("E3", "韩梅梅", null, null));

	@Test
	void showsCountsFileProblemsAndEveryBadRowWithItsLocalizedReason() {
		String html = render("preview", Locale.SIMPLIFIED_CHINESE,
				Map.of("preview", BAD, "token", new PreviewToken(UUID.randomUUID()), "applyAction", "/x/apply", "cancelUrl", "/x"));
		assertThat(html).contains("导入预览").contains("<dd class=\"col-sm-9 preview-rows\">3</dd>")
			.contains("<dd class=\"col-sm-9 preview-valid\">2</dd>").contains("<dd class=\"col-sm-9 preview-invalid\">1</dd>")
			.contains("无法识别的列名“备注”")
			.contains("<td>3</td>").contains("<td>工号</td>").contains("必填，不能为空。")
			.contains("<td>入职日期</td>").contains("“2024-13-01”不是有效日期")
			.contains("请改正以上问题后重新上传")
			.doesNotContain("/x/apply").doesNotContain("确认导入");
		String english = render("preview", Locale.ENGLISH,
				Map.of("preview", BAD, "token", new PreviewToken(UUID.randomUUID()), "applyAction", "/x/apply", "cancelUrl", "/x"));
		assertThat(english).contains("Import preview").contains("Unknown column &quot;备注&quot;")
			.contains("Required; must not be empty.").contains("&quot;2024-13-01&quot; is not a valid date");
	}

	@Test
	void aCleanPreviewOffersToApplyItsTokenWithCsrf() {
		ImportPreview clean = readXlsx(row("工号", "姓名"), row("E1", "王芳"), row("E2", "李雷"));
		UUID token = UUID.randomUUID();
		String html = render("preview", Locale.ENGLISH,
				Map.of("preview", clean, "token", new PreviewToken(token), "applyAction", "/employees/import/apply", "cancelUrl", "/employees"));
		assertThat(html).contains("All 2 rows are correct and can be imported.")
			.contains("action=\"/employees/import/apply\"").contains("name=\"token\" value=\"" + token + "\"")
			.contains("name=\"_csrf\" value=\"csrf-secret\"").doesNotContain("row-error");
	}

	@Test
	void uploadFormIsMultipartWithCsrfAndTellsTheLimits() {
		String html = render("upload", Locale.SIMPLIFIED_CHINESE,
				Map.of("action", "/employees/import", "templateUrl", "/employees/import/template", "limits", SpreadsheetProperties.defaults()));
		assertThat(html).contains("enctype=\"multipart/form-data\"").contains("action=\"/employees/import\"")
			.contains("name=\"_csrf\" value=\"csrf-secret\"").contains("type=\"file\"").contains("name=\"file\"")
			.contains("最大 10 MB、20,000 行").contains("href=\"/employees/import/template\"").contains("下载模板");
	}
}
