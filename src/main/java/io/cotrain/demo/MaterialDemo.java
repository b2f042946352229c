package io.cotrain.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.TagType;
import io.cotrain.employee.Tags;
import io.cotrain.files.Upload;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.MaterialForm;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Issue 5: the demo company's materials library — 订单流程手册 for clerks (a one-page PDF), 流程优化工具包 for cadres (a
 * workbook) and 协同沟通话术模板 for both (a UTF-8 text), each tagged with the order-flow scenario tag, so they are matched
 * to the order-flow groups. Runs in the demo tenant's all-regions scope; creates only what is missing (by code).
 */
@Component
class MaterialDemo {

	static final String MANUAL = "ORDER-FLOW-MANUAL";
	static final String TOOLKIT = "PROCESS-TOOLKIT";
	static final String SCRIPTS = "COMM-SCRIPTS";

	private final Materials materials;
	private final Tags tags;

	MaterialDemo(Materials materials, Tags tags) {
		this.materials = materials;
		this.tags = tags;
	}

	void seed() {
		Set<String> present = materials.list(Materials.MaterialQuery.all()).stream().map(Materials.Material::code)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		List<UUID> scenario = tags.find(TagType.SCENARIO, HrCoreDemo.SCENARIO).map(t -> List.of(t.id().value())).orElse(List.of());
		if (!present.contains(MANUAL)) {
			materials.createFile(new MaterialForm(MANUAL, "订单流程手册", "订单从录入、审核到排产的每一步，文员录入模拟订单前先读。",
					Audience.CLERK, scenario, null), Upload.of("订单流程手册.pdf", manual()));
		}
		if (!present.contains(TOOLKIT)) {
			materials.createFile(new MaterialForm(TOOLKIT, "流程优化工具包", "用文员录入的订单数据找出瓶颈：耗时统计表与改进清单。",
					Audience.CADRE, scenario, null), Upload.of("流程优化工具包.xlsx", toolkit()));
		}
		if (!present.contains(SCRIPTS)) {
			materials.createFile(new MaterialForm(SCRIPTS, "协同沟通话术模板", "文员与储干交接订单问题时的常用说法。",
					Audience.JOINT, scenario, null), Upload.of("协同沟通话术模板.txt", scripts()));
		}
	}

	/** A one-page PDF (ASCII text in Helvetica) with a correct cross-reference table. */
	static byte[] manual() {
		List<String> lines = List.of("Order Flow Handbook", "", "1. Enter the order: customer, items, quantities, due date.",
				"2. Check stock and credit before confirming.", "3. Hand the confirmed order to production planning.",
				"4. Record every change with its reason.", "", "CoTrain demo material");
		StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 760 Td 18 TL\n");
		lines.forEach(l -> text.append('(').append(l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n"));
		text.append("ET\n");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "endstream");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A workbook: the steps of the order flow with columns for the measured times and the improvement. */
	static byte[] toolkit() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "CoTrain", "1.0");
			Worksheet sheet = workbook.newWorksheet("流程耗时");
			String[] header = { "环节", "负责人", "平均耗时（分钟）", "瓶颈原因", "改进措施" };
			String[] steps = { "订单录入", "信用与库存检查", "订单确认", "排产交接" };
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < steps.length; r++) {
				sheet.value(r + 1, 0, steps[r]);
				sheet.value(r + 1, 1, r < 2 ? "文员" : "储干");
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] scripts() {
		return """
				协同沟通话术模板

				1. 文员发现订单信息不全：
				   "您好，订单 {订单号} 缺少{缺失信息}，我已暂停录入，请在今天 17:00 前补充，补齐后我马上继续。"
				2. 储干反馈流程调整：
				   "根据上周的录入数据，{环节} 平均耗时 {分钟} 分钟，我们建议{改进措施}，请你试行一周并记录变化。"
				3. 双方约定协同任务节点：
				   "我们约定 {日期} 前完成 {任务}，如有延误提前一天在群里说明原因和新的时间。"
				""".getBytes(StandardCharsets.UTF_8);
	}
}
