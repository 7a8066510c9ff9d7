package org.workledger.circulate;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reports.ReportDocument;
import org.workledger.reports.ReportDocument.Kind;
import org.workledger.reports.ReportDocumentRepository;
import org.workledger.roster.Unit;
import org.workledger.system.Console;

/**
 * Sends the PDFs a run wrote: one e-mail per unit (to each address of its roster entry)
 * with its report or reminder, its supervision table and its rejection notices, and the
 * circular to every address of {@code workledger.mail.circular-to}. What was sent is
 * recorded per (recipient, document) and never sent again for the same run.
 */
class Circulation {

	/** Roster cells may hold several addresses. */
	private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[\\s,;，；、]+");

	/** A header line must stay under 998 characters; longer encoded names are split (RFC 2231 continuations). */
	private static final int MAX_PARAMETER_LENGTH = 900;

	private final ReportDocumentRepository documents;

	private final ReferenceDataRepository reference;

	private final MailSentRepository sent;

	private final JavaMailSender sender;

	private final MailProperties properties;

	private final String from;

	private final String issuer;

	/**
	 * @param sender {@code null} when no SMTP server is configured
	 * @param from the sender address, already defaulted
	 * @param issuer the office's name, shown as sender name and under the text; may be empty
	 */
	Circulation(ReportDocumentRepository documents, ReferenceDataRepository reference, MailSentRepository sent,
			JavaMailSender sender, MailProperties properties, String from, String issuer) {
		this.documents = documents;
		this.reference = reference;
		this.sent = sent;
		this.sender = sender;
		this.properties = properties;
		this.from = from == null ? "" : from.strip();
		this.issuer = issuer == null ? "" : issuer.strip();
	}

	/** What happened, for the clerk and for tests. */
	record Outcome(List<Envelope> sent, List<Envelope> failed, List<Envelope> planned, int alreadySent,
			List<String> notSent) {

		int documentsSent() {
			return this.sent.stream().mapToInt(e -> e.documents().size()).sum();
		}

	}

	/** Everything the run's documents call for, minus what was already sent for it. */
	Plan plan(long jobExecutionId, Period period) {
		List<ReportDocument> written = this.documents.of(jobExecutionId);
		Map<String, Unit> roster = new LinkedHashMap<>();
		for (Unit unit : this.reference.units()) {
			roster.put(unit.name(), unit);
		}
		List<Envelope> envelopes = new ArrayList<>();
		List<String> notSent = new ArrayList<>();
		// per unit, in roster order, its documents in a fixed order
		Map<String, List<ReportDocument>> byUnit = new LinkedHashMap<>();
		roster.keySet().forEach(name -> byUnit.put(name, new ArrayList<>()));
		List<ReportDocument> circulars = new ArrayList<>();
		for (ReportDocument d : written) {
			if (d.kind() == Kind.CIRCULAR) {
				circulars.add(d);
			}
			else if (d.unitName() == null || d.unitName().isBlank()) {
				notSent.add("无法确定收件单位：" + fileName(d) + "（表格中未能识别填报单位，请人工转交）");
			}
			else {
				byUnit.computeIfAbsent(d.unitName(), k -> new ArrayList<>()).add(d);
			}
		}
		for (Map.Entry<String, List<ReportDocument>> entry : byUnit.entrySet()) {
			List<ReportDocument> docs = entry.getValue();
			if (docs.isEmpty()) {
				continue;
			}
			docs.sort(Comparator.comparing(ReportDocument::kind).thenComparing(d -> d.path().toString()));
			String unitName = entry.getKey();
			Unit unit = roster.get(unitName);
			if (unit == null) {
				notSent.add("未发送：" + unitName + " 不在单位名册中（" + String.join("、", fileNames(docs)) + "）");
				continue;
			}
			List<String> addresses = new ArrayList<>();
			List<String> invalid = new ArrayList<>();
			addresses(unit.email(), addresses, invalid);
			invalid.forEach(a -> notSent.add("邮箱地址无效：" + unitName + "“" + a + "”，请在单位名册中更正"));
			if (addresses.isEmpty()) {
				if (invalid.isEmpty()) {
					notSent.add("未发送：" + unitName + " 在单位名册中没有电子邮箱（" + String.join("、", fileNames(docs)) + "）");
				}
				continue;
			}
			String subject = unitSubject(unitName, period, docs);
			String body = unitBody(unitName, period, docs);
			addresses.forEach(a -> envelopes.add(new Envelope(a, unitName, subject, body, docs)));
		}
		if (!circulars.isEmpty()) {
			List<String> addresses = new ArrayList<>();
			List<String> invalid = new ArrayList<>();
			this.properties.circularTo().forEach(a -> addresses(a, addresses, invalid));
			invalid.forEach(a -> notSent.add("邮箱地址无效：workledger.mail.circular-to 中的“" + a + "”"));
			if (addresses.isEmpty() && invalid.isEmpty()) {
				notSent.add("通报未发送：未配置通报收件人（workledger.mail.circular-to）");
			}
			for (ReportDocument circular : circulars) {
				String title = baseName(fileName(circular));
				String body = circularBody(title, period);
				addresses.forEach(a -> envelopes.add(
						new Envelope(a, null, this.properties.subjectPrefix() + title, body, List.of(circular))));
			}
		}
		return withoutSent(jobExecutionId, period, envelopes, notSent);
	}

	record Plan(List<Envelope> envelopes, int alreadySent, List<String> notSent) {
	}

	private Plan withoutSent(long jobExecutionId, Period period, List<Envelope> envelopes, List<String> notSent) {
		Set<String> done = this.sent.sent(jobExecutionId);
		// what a recipient already has: sent by this run, or by an earlier one and not written again since
		Map<String, java.time.Instant> lastSent = this.sent.lastSent();
		List<Envelope> pending = new ArrayList<>();
		int alreadySent = 0;
		for (Envelope e : envelopes) {
			List<ReportDocument> left = e.documents()
				.stream()
				.filter(d -> !done.contains(MailSentRepository.key(e.recipient(), MailSentRepository.path(d))))
				.filter(d -> !unchangedSince(d, lastSent.get(MailSentRepository.key(e.recipient(), MailSentRepository.path(d)))))
				.toList();
			alreadySent += e.documents().size() - left.size();
			if (left.size() == e.documents().size()) {
				pending.add(e);
			}
			else if (!left.isEmpty()) {
				// part of it went out before a crash: send the rest, naming only what is attached
				pending.add(e.unitName() == null ? e
						: new Envelope(e.recipient(), e.unitName(), unitSubject(e.unitName(), period, left),
								unitBody(e.unitName(), period, left), left));
			}
		}
		return new Plan(pending, alreadySent, notSent);
	}

	/** Whether the document's file was last written before it was sent (at {@code sent}, null: never). */
	private static boolean unchangedSince(ReportDocument document, java.time.Instant sent) {
		if (sent == null) {
			return false;
		}
		try {
			return !Files.getLastModifiedTime(document.path()).toInstant().isAfter(sent);
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	/** Sends (or, in a dry run, lists) the run's e-mails. Never throws for a failed send. */
	Outcome circulate(long jobExecutionId, Period period) {
		Plan plan = plan(jobExecutionId, period);
		List<Envelope> sentOk = new ArrayList<>();
		List<Envelope> failed = new ArrayList<>();
		if (this.properties.dryRun()) {
			Console.info("邮件分发（试运行，不发送）：共 " + plan.envelopes().size() + " 封");
			for (Envelope e : plan.envelopes()) {
				Console.info("  将发送：" + e.addressee() + " ← " + String.join("、", e.fileNames()));
			}
		}
		else if (!plan.envelopes().isEmpty() && this.sender == null) {
			Console.warn("邮件分发：未配置邮件服务器（spring.mail.host），" + plan.envelopes().size() + " 封邮件未发送");
			failed.addAll(plan.envelopes());
		}
		else if (!plan.envelopes().isEmpty() && this.from.isEmpty()) {
			Console.warn("邮件分发：未配置发件地址（workledger.mail.from），" + plan.envelopes().size() + " 封邮件未发送");
			failed.addAll(plan.envelopes());
		}
		else {
			for (int i = 0; i < plan.envelopes().size(); i++) {
				Envelope e = plan.envelopes().get(i);
				Sent result = send(e);
				if (result == Sent.YES) {
					this.sent.record(jobExecutionId, e.recipient(), e.documents());
					sentOk.add(e);
					continue;
				}
				failed.add(e);
				if (result == Sent.SERVER_UNREACHABLE) {
					// every other e-mail would wait as long for the same server, while the run holds the workspace
					List<Envelope> rest = plan.envelopes().subList(i + 1, plan.envelopes().size());
					failed.addAll(rest);
					if (!rest.isEmpty()) {
						Console.warn("  邮件服务器连接不上，其余 " + rest.size() + " 封本次不再尝试；请检查 spring.mail.host 和端口、"
								+ "网络和防火墙，重新运行时补发未发送的");
					}
					break;
				}
			}
		}
		plan.notSent().forEach(line -> Console.warn("  " + line));
		Outcome outcome = new Outcome(sentOk, failed, plan.envelopes(), plan.alreadySent(), plan.notSent());
		if (!this.properties.dryRun()) {
			Console.info(String.format("邮件分发：发送 %d 封（%d 个文件）%s%s%s", sentOk.size(), outcome.documentsSent(),
					failed.isEmpty() ? "" : "，失败 " + failed.size() + " 封",
					plan.alreadySent() == 0 ? "" : "，" + plan.alreadySent() + " 个文件此前已发送且没有变化、不再重发",
					plan.notSent().isEmpty() ? "" : "，" + plan.notSent().size() + " 项无法发送（见上）"));
		}
		return outcome;
	}

	private enum Sent {
		YES, NO, SERVER_UNREACHABLE
	}

	private Sent send(Envelope e) {
		for (ReportDocument d : e.documents()) {
			if (!Files.isRegularFile(d.path())) {
				Console.warn("  发送失败：" + e.addressee() + "：附件不存在 " + d.path());
				return Sent.NO;
			}
		}
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			if (this.issuer.isEmpty()) {
				helper.setFrom(this.from);
			}
			else {
				helper.setFrom(this.from, this.issuer);
			}
			helper.setTo(e.recipient());
			helper.setSubject(e.subject());
			helper.setText(e.body(), false);
			for (ReportDocument d : e.documents()) {
				helper.getRootMimeMultipart().addBodyPart(attachment(d));
			}
			this.sender.send(message);
			Console.info("  已发送：" + e.addressee() + " ← " + String.join("、", e.fileNames()));
			return Sent.YES;
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException ex) {
			boolean unreachable = unreachable(ex);
			Console.warn("  发送失败：" + e.addressee() + "：" + reason(ex)
					+ (unreachable ? "" : "（其余邮件照常发送；重新运行时只补发未发送的）"));
			return unreachable ? Sent.SERVER_UNREACHABLE : Sent.NO;
		}
	}

	/** The server could not be reached at all (no such host, nothing answering, no answer in time). */
	private static boolean unreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof java.net.UnknownHostException || t instanceof java.net.ConnectException
					|| t instanceof java.net.SocketException
					|| t instanceof java.net.SocketTimeoutException || t instanceof java.net.NoRouteToHostException
					|| t instanceof jakarta.mail.MessagingException m && String.valueOf(m.getMessage()).startsWith("Couldn't connect")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/**
	 * A PDF attachment whose Chinese file name survives every mail client: RFC 2231
	 * {@code filename*=UTF-8''...} in one piece (not split into {@code filename*0*}, which
	 * several clients show as a garbled or generic name), and an RFC 2047 {@code name} on
	 * the content type for clients that only read that.
	 */
	static MimeBodyPart attachment(ReportDocument document) throws MessagingException, UnsupportedEncodingException {
		String name = fileName(document);
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new FileDataSource(document.path().toFile())));
		part.setHeader("Content-Type", "application/pdf; name=\"" + MimeUtility.encodeText(name, "UTF-8", "B") + "\"");
		part.setHeader("Content-Disposition", "attachment; " + rfc2231("filename", name));
		part.setHeader("Content-Transfer-Encoding", "base64");
		return part;
	}

	static String rfc2231(String parameter, String value) {
		String encoded = percentEncode(value);
		if (encoded.length() <= MAX_PARAMETER_LENGTH) {
			return parameter + "*=UTF-8''" + encoded;
		}
		StringBuilder out = new StringBuilder();
		int index = 0;
		int start = 0;
		while (start < encoded.length()) {
			int end = Math.min(encoded.length(), start + 60);
			// never cut a %XX escape
			while (end < encoded.length() && (encoded.charAt(end - 1) == '%' || encoded.charAt(end - 2) == '%')) {
				end--;
			}
			if (index > 0) {
				out.append(";\r\n ");
			}
			out.append(parameter).append('*').append(index).append('*').append('=');
			out.append(index == 0 ? "UTF-8''" : "").append(encoded, start, end);
			index++;
			start = end;
		}
		return out.toString();
	}

	private static String percentEncode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static void addresses(String cell, List<String> valid, List<String> invalid) {
		if (cell == null) {
			return;
		}
		Set<String> seen = new LinkedHashSet<>(valid);
		for (String token : ADDRESS_SEPARATORS.split(cell.strip())) {
			if (token.isEmpty()) {
				continue;
			}
			try {
				InternetAddress address = new InternetAddress(token, true);
				if (seen.add(address.getAddress())) {
					valid.add(address.getAddress());
				}
			}
			catch (AddressException ex) {
				invalid.add(token);
			}
		}
	}

	/** {@code 【政务公开】沈阳市教育局：2023年10月工作任务进展报告、牵头任务督办表}. */
	private String unitSubject(String unitName, Period period, List<ReportDocument> docs) {
		return this.properties.subjectPrefix() + unitName + "：" + period.label() + titles(docs);
	}

	private static String titles(List<ReportDocument> docs) {
		Map<Kind, String> titles = new EnumMap<>(Kind.class);
		for (ReportDocument d : docs) {
			titles.put(d.kind(), switch (d.kind()) {
				case UNIT_REPORT -> "工作任务进展报告";
				case REMINDER -> "进展情况催报通知";
				case LEAD_REPORT -> "牵头任务督办表";
				case REJECTION_NOTICE -> "进展情况表退回通知";
				case CIRCULAR -> "进展情况通报";
			});
		}
		return String.join("、", titles.values());
	}

	private String unitBody(String unitName, Period period, List<ReportDocument> docs) {
		StringBuilder body = new StringBuilder();
		body.append(unitName).append("：\n\n");
		body.append("　　您好！现将").append(period.label()).append("政务公开重点工作任务进展情况的有关文件发给你单位，请查收附件：\n\n");
		int no = 1;
		for (ReportDocument d : docs) {
			body.append("　　").append(no++).append(". ").append(fileName(d)).append('\n');
		}
		body.append('\n');
		if (docs.stream().anyMatch(d -> d.kind() == Kind.REMINDER)) {
			body.append("　　你单位本期进展情况表尚未报送，请尽快填报后按原渠道报送。\n");
		}
		if (docs.stream().anyMatch(d -> d.kind() == Kind.REJECTION_NOTICE)) {
			body.append("　　退回通知中列明了需要修改的问题，请修改后按原渠道重新报送。\n");
		}
		body.append("　　如有疑问，请与我办联系。\n\n");
		body.append(signature());
		return body.toString();
	}

	private String circularBody(String title, Period period) {
		return "您好！\n\n　　现将《" + title + "》发给您，请查阅附件。\n\n" + signature();
	}

	private String signature() {
		return (this.issuer.isEmpty() ? "" : this.issuer + "\n") + "（本邮件由系统自动发送。）\n";
	}

	private static List<String> fileNames(List<ReportDocument> docs) {
		return docs.stream().map(Circulation::fileName).toList();
	}

	private static String fileName(ReportDocument d) {
		return d.path().getFileName().toString();
	}

	private static String baseName(String fileName) {
		return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
				? fileName.substring(0, fileName.length() - 4) : fileName;
	}

	private static String reason(Exception ex) {
		Throwable cause = ex;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof jakarta.mail.AuthenticationFailedException) {
				return "邮件服务器拒绝了用户名或密码（spring.mail.username、spring.mail.password）";
			}
			if (t.getCause() == t) {
				break;
			}
		}
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof java.net.UnknownHostException) {
			return "找不到邮件服务器“" + cause.getMessage() + "”（spring.mail.host 是否写对、DNS 是否可用）";
		}
		if (cause instanceof java.net.ConnectException || cause instanceof java.net.NoRouteToHostException) {
			return "邮件服务器拒绝连接或无法到达（spring.mail.host、spring.mail.port）";
		}
		if (cause instanceof java.net.SocketTimeoutException) {
			return "邮件服务器没有应答（超时，可能被防火墙拦截）";
		}
		if (cause instanceof java.net.SocketException) {
			return "邮件服务器中断了连接（" + cause.getMessage() + "）：请检查 spring.mail.port 和加密方式"
					+ "（465 端口用 mail.smtp.ssl.enable，587 端口用 mail.smtp.starttls.enable）";
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
		return message.replaceAll("\\s+", " ");
	}

}
