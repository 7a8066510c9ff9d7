package org.workledger.circulate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reports.ReportDocument;
import org.workledger.reports.ReportDocumentRepository;
import org.workledger.roster.Unit;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation by e-mail against a real SMTP server (GreenMail): a consolidate run with
 * one good and one bad return sends each unit its documents and the circular to the
 * configured list; a rerun sends nothing twice; a dry run sends nothing; a failed send
 * stops nothing.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CirculationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static final Path WORKSPACE = TestWorkspace.withSamples();

	static final Period OCTOBER = Period.of(2023, 10);

	static final String OFFICE = "gongkai@example.gov.cn";

	static final List<String> CIRCULAR_TO = List.of("bangongting@example.gov.cn", "lingdao@example.gov.cn");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
		registry.add("workledger.mail.enabled", () -> "true");
		registry.add("workledger.mail.from", () -> OFFICE);
		registry.add("workledger.mail.circular-to", () -> String.join(",", CIRCULAR_TO));
		registry.add("workledger.reports.issuer", () -> "沈阳市人民政府办公室");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("distributeJob")
	Job distributeJob;

	@Autowired
	@Qualifier("consolidateJob")
	Job consolidateJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Circulation circulation;

	@Autowired
	MailProperties properties;

	@Autowired
	ReportDocumentRepository documents;

	@Autowired
	ReferenceDataRepository reference;

	@Autowired
	MailSentRepository mailSent;

	@Autowired
	JavaMailSender mailSender;

	static JobExecution run;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	JobExecution start(Job job) throws Exception {
		return this.jobOperator.start(job, new RunParameters(new Workspace(WORKSPACE), OCTOBER, OCTOBER.lastDay(),
				LocalDateTime.now().plusNanos(System.nanoTime() % 1000)).toJobParameters());
	}

	static Path blank(String unit) {
		return WORKSPACE.resolve("output").resolve(OCTOBER.key()).resolve(unit + "-" + OCTOBER.label() + "进展情况表.xlsx");
	}

	static Path input(String name) {
		return WORKSPACE.resolve("input").resolve(name);
	}

	@Test
	@Order(1)
	void aRunSendsEachUnitItsDocumentsAndTheCircularToTheList() throws Exception {
		// given one good and one bad return
		assertThat(start(this.distributeJob).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		LocalDate oct26 = LocalDate.of(2023, 10, 26);
		ReturnFixtures.fill(blank("和平区人民政府"), input("和平区10月.xlsx"), oct26);
		ReturnFixtures.fill(blank("大东区人民政府"), input("大东区.xlsx"), oct26, (sheet, r) -> {
			if ("2.1".equals(ReturnFixtures.taskId(sheet, r))) {
				ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 150);
			}
		});

		// when
		run = start(this.consolidateJob);

		// then
		assertThat(run.getAllFailureExceptions()).isEmpty();
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.getStepExecutions()).extracting(StepExecution::getStepName).contains("circulateStep");
		List<ReportDocument> written = this.documents.of(run.getId());
		Map<String, Set<String>> expected = expectedByRecipient(written);
		assertThat(expected).hasSizeGreaterThan(CIRCULAR_TO.size() + 40);

		Map<String, List<MimeMessage>> received = byRecipient(smtp.getReceivedMessages());
		assertThat(received.keySet()).isEqualTo(expected.keySet());
		for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
			assertThat(received.get(e.getKey())).as("messages to %s", e.getKey()).hasSize(1);
			MimeMessage message = received.get(e.getKey()).get(0);
			assertThat(attachmentNames(message)).as("attachments to %s", e.getKey()).isEqualTo(e.getValue());
			assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo(OFFICE);
			assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("沈阳市人民政府办公室");
		}

		// the good return: a report; the bad one: a reminder and the rejection notice
		MimeMessage heping = received.get(email("和平区人民政府")).get(0);
		assertThat(heping.getSubject()).isEqualTo("【政务公开】和平区人民政府：2023年10月工作任务进展报告");
		assertThat(attachmentNames(heping)).containsExactly("和平区人民政府-2023年10月进展报告.pdf");
		assertThat(body(heping)).contains("和平区人民政府：", "和平区人民政府-2023年10月进展报告.pdf", "沈阳市人民政府办公室");
		Path hepingReport = written.stream()
			.filter(d -> d.path().getFileName().toString().equals("和平区人民政府-2023年10月进展报告.pdf"))
			.findFirst()
			.orElseThrow()
			.path();
		assertThat(attachmentBytes(heping, "和平区人民政府-2023年10月进展报告.pdf")).isEqualTo(Files.readAllBytes(hepingReport));
		MimeMessage dadong = received.get(email("大东区人民政府")).get(0);
		assertThat(dadong.getSubject()).startsWith("【政务公开】大东区人民政府：2023年10月进展情况催报通知")
			.contains("进展情况表退回通知");
		assertThat(attachmentNames(dadong)).contains("大东区人民政府-2023年10月催报通知.pdf", "大东区-退回通知.pdf");
		assertThat(body(dadong)).contains("请修改后按原渠道重新报送");

		// the circular, to each address of the list, its Chinese file name intact on the wire
		String circularName = written.stream()
			.filter(d -> d.kind() == ReportDocument.Kind.CIRCULAR)
			.findFirst()
			.orElseThrow()
			.path()
			.getFileName()
			.toString();
		for (String address : CIRCULAR_TO) {
			MimeMessage circular = received.get(address).get(0);
			assertThat(circular.getSubject()).isEqualTo("【政务公开】" + circularName.replace(".pdf", ""));
			assertThat(attachmentNames(circular)).containsExactly(circularName);
			Part part = attachments(circular).get(0);
			assertThat(part.getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''").doesNotContain("filename*0");
			assertThat(part.getContentType()).startsWith("application/pdf");
		}

		// and every (recipient, document) is recorded
		int documentsSent = expected.values().stream().mapToInt(Set::size).sum();
		assertThat(mailSentRows(run.getId())).isEqualTo(documentsSent);
	}

	@Test
	@Order(2)
	void runningTheStepAgainForTheSameRunSendsNothingTwice() throws Exception {
		int recorded = mailSentRows(run.getId());

		// when the circulate step of that run is executed again (e.g. a restart after a crash)
		StepExecution step = run.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("circulateStep"))
			.findFirst()
			.orElseThrow();
		new CirculateTasklet(this.circulation, this.properties, this.jobRepository)
			.execute(new StepContribution(step), null);

		// then
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(mailSentRows(run.getId())).isEqualTo(recorded);
		Circulation.Outcome again = this.circulation.circulate(run.getId(), OCTOBER);
		assertThat(again.sent()).isEmpty();
		assertThat(again.alreadySent()).isEqualTo(recorded);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		// a crash after part of the mail went out: only what is not recorded goes out
		String heping = email("和平区人民政府");
		this.jdbc.sql("delete from mail_sent where job_execution_id = ? and recipient in (?, ?)")
			.params(run.getId(), heping, CIRCULAR_TO.get(1))
			.update();
		Circulation.Outcome rest = this.circulation.circulate(run.getId(), OCTOBER);
		assertThat(rest.sent()).extracting(Envelope::recipient).containsExactlyInAnyOrder(heping, CIRCULAR_TO.get(1));
		assertThat(byRecipient(smtp.getReceivedMessages()).keySet()).containsExactlyInAnyOrder(heping,
				CIRCULAR_TO.get(1));
		assertThat(mailSentRows(run.getId())).isEqualTo(recorded);
	}

	@Test
	@Order(3)
	void aDryRunListsWhatWouldBeSentAndSendsNothing(CapturedOutput output) throws Exception {
		// given the documents of a run nothing was sent for yet
		long other = -run.getId();
		this.documents.save(other, this.documents.of(run.getId()));
		writtenAgain(this.documents.of(other));
		Circulation dryRun = new Circulation(this.documents, this.reference, this.mailSent, this.mailSender,
				this.properties.withDryRun(true), OFFICE, "");

		// when
		Circulation.Outcome outcome = dryRun.circulate(other, OCTOBER);

		// then
		assertThat(outcome.planned()).hasSize(expectedByRecipient(this.documents.of(other)).size());
		assertThat(outcome.sent()).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(mailSentRows(other)).isZero();
		assertThat(output).contains("将发送：" + email("和平区人民政府") + "（和平区人民政府） ← 和平区人民政府-2023年10月进展报告.pdf")
			.contains("将发送：" + CIRCULAR_TO.get(0) + " ← ");
	}

	@Test
	@Order(4)
	void aFailedSendIsReportedAndStopsNothing(CapturedOutput output) throws Exception {
		// given an SMTP server that refuses one recipient, and the run's documents written again
		long other = -run.getId();
		writtenAgain(this.documents.of(other));
		String refused = email("沈河区人民政府");
		JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				for (MimeMessage m : messages) {
					try {
						if (Arrays.stream(m.getAllRecipients())
							.anyMatch(a -> ((InternetAddress) a).getAddress().equals(refused))) {
							throw new MailSendException("550 mailbox unavailable");
						}
					}
					catch (MessagingException ex) {
						throw new IllegalStateException(ex);
					}
				}
				super.send(messages);
			}
		};
		refusing.setHost("127.0.0.1");
		refusing.setPort(smtp.getSmtp().getPort());
		Circulation circulation = new Circulation(this.documents, this.reference, this.mailSent, refusing,
				this.properties, OFFICE, "");
		int expected = expectedByRecipient(this.documents.of(other)).size();

		// when
		Circulation.Outcome outcome = circulation.circulate(other, OCTOBER);

		// then the others went out, the failure is reported and not recorded
		assertThat(outcome.failed()).extracting(Envelope::recipient).containsExactly(refused);
		assertThat(outcome.sent()).hasSize(expected - 1);
		assertThat(smtp.getReceivedMessages()).hasSize(expected - 1);
		assertThat(output).contains("发送失败：" + refused + "（沈河区人民政府）：550 mailbox unavailable");
		assertThat(this.jdbc.sql("select count(*) from mail_sent where job_execution_id = ? and recipient = ?")
			.params(other, refused)
			.query(Integer.class)
			.single()).isZero();

		// and the next attempt sends just that one
		smtp.purgeEmailFromAllMailboxes();
		Circulation.Outcome retry = this.circulation.circulate(other, OCTOBER);
		assertThat(retry.sent()).extracting(Envelope::recipient).containsExactly(refused);
		assertThat(byRecipient(smtp.getReceivedMessages()).keySet()).containsExactly(refused);
	}

	@Test
	@Order(4)
	void aServerThatCannotBeReachedStopsTheSendingAtOnce(CapturedOutput output) throws Exception {
		// given the documents of a run, and a mail server nothing answers for (a trial's run waited ten seconds
		// for each of 49 units, holding the workspace)
		long other = -run.getId() - 2_000_000;
		this.documents.save(other, this.documents.of(run.getId()));
		writtenAgain(this.documents.of(other));
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		JavaMailSenderImpl nobody = new JavaMailSenderImpl();
		nobody.setHost("127.0.0.1");
		nobody.setPort(closedPort);
		Circulation circulation = new Circulation(this.documents, this.reference, this.mailSent, nobody, this.properties,
				OFFICE, "");

		// when
		Circulation.Outcome outcome = circulation.circulate(other, OCTOBER);

		// then one attempt, said in Chinese, and the rest left for the next run
		assertThat(outcome.sent()).isEmpty();
		assertThat(outcome.failed()).hasSize(outcome.planned().size());
		assertThat(output).contains("邮件服务器拒绝连接或无法到达（spring.mail.host、spring.mail.port）")
			.contains("邮件服务器连接不上，其余 " + (outcome.planned().size() - 1) + " 封本次不再尝试");
		assertThat(mailSentRows(other)).isZero();
	}

	@Test
	@Order(6)
	void aLaterRunSendsOnlyWhatItWroteAgain(CapturedOutput output) throws Exception {
		// given a later run that wrote the circular again (a return came in) and kept every unit's report as it was
		long later = -run.getId() - 4_000_000;
		this.documents.save(later, this.documents.of(run.getId()));
		writtenAgain(this.documents.of(later).stream().filter(d -> d.kind() == ReportDocument.Kind.CIRCULAR).toList());
		smtp.purgeEmailFromAllMailboxes();

		// when
		Circulation.Outcome outcome = this.circulation.circulate(later, OCTOBER);

		// then only the circular goes out; the units are not sent what they already have
		assertThat(outcome.sent()).extracting(Envelope::recipient).containsExactlyInAnyOrderElementsOf(CIRCULAR_TO);
		assertThat(output).contains("此前已发送且没有变化、不再重发");
	}

	@Test
	@Order(7)
	void aRunOfAMonthStillGoingSendsNothing(CapturedOutput output) throws Exception {
		// given the weekday run of a month not yet over (as of 20 October)
		JobExecution midMonth = this.jobOperator.start(this.consolidateJob, new RunParameters(new Workspace(WORKSPACE),
				OCTOBER, LocalDate.of(2023, 10, 20), LocalDateTime.now()).toJobParameters());

		// then its reports are written, and no unit is sent a report or a reminder each morning
		assertThat(midMonth.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(output).contains("邮件分发：统计截止日 2023-10-20 在2023年10月结束之前，本期还在进行，不发邮件");
	}

	@Test
	@Order(8)
	void aRejectionTheUnitHasPutRightIsKeptOnFileAndNotSent() throws Exception {
		// given 大东区 sends its October return again, corrected
		ReturnFixtures.fill(blank("大东区人民政府"), input("大东区（改）.xlsx"), LocalDate.of(2023, 10, 30));
		smtp.purgeEmailFromAllMailboxes();

		// when October is consolidated again
		JobExecution again = start(this.consolidateJob);

		// then 大东区 gets its report, not the notice of the return it has put right, which says so on file
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<MimeMessage> dadong = byRecipient(smtp.getReceivedMessages()).get(email("大东区人民政府"));
		assertThat(dadong).singleElement()
			.satisfies(m -> assertThat(attachmentNames(m)).containsExactly("大东区人民政府-2023年10月进展报告.pdf"));
		// kept on file beside the ones still to send, not among them
		assertThat(WORKSPACE.resolve("output/2023-10/退回/大东区-退回通知.pdf")).doesNotExist();
		Path notice = WORKSPACE.resolve("output/2023-10/退回/已重新报送并通过/大东区-退回通知.pdf");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(notice.toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
				.contains("存档·已重新报送并通过");
		}
	}

	/** The documents' files as a later run writes them: newer than any e-mail that carried them. */
	private static void writtenAgain(List<ReportDocument> documents) throws Exception {
		java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
		for (ReportDocument d : documents) {
			Files.setLastModifiedTime(d.path(), now);
		}
	}

	@Test
	@Order(5)
	void documentsWithoutAnAddressAreListedAsNotSent(CapturedOutput output) throws Exception {
		// given a notice whose unit could not be read, a unit without e-mail and one not in the roster
		long other = -run.getId() - 1_000_000;
		Path folder = Files.createDirectories(WORKSPACE.resolve("output/dummy"));
		Path anonymous = Files.write(folder.resolve("无名表格-退回通知.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		Path noEmail = Files.write(folder.resolve("皇姑区人民政府-2023年10月催报通知.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		Path unknown = Files.write(folder.resolve("某某局-2023年10月进展报告.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		this.documents.save(other,
				List.of(new ReportDocument(ReportDocument.Kind.REJECTION_NOTICE, null, anonymous),
						new ReportDocument(ReportDocument.Kind.REMINDER, "皇姑区人民政府", noEmail),
						new ReportDocument(ReportDocument.Kind.UNIT_REPORT, "某某局", unknown)));
		String huanggu = email("皇姑区人民政府");
		this.jdbc.sql("update unit set email = '' where name = '皇姑区人民政府'").update();
		try {
			// when
			Circulation.Outcome outcome = this.circulation.circulate(other, OCTOBER);

			// then
			assertThat(outcome.sent()).isEmpty();
			assertThat(smtp.getReceivedMessages()).isEmpty();
			assertThat(outcome.notSent()).hasSize(3);
			assertThat(output).contains("无法确定收件单位：无名表格-退回通知.pdf")
				.contains("未发送：皇姑区人民政府 在单位名册中没有电子邮箱（皇姑区人民政府-2023年10月催报通知.pdf）")
				.contains("未发送：某某局 不在单位名册中");
		}
		finally {
			this.jdbc.sql("update unit set email = ? where name = '皇姑区人民政府'").param(huanggu).update();
		}
	}

	@Test
	@Order(6)
	void longChineseFileNamesAreSplitOnlyWhenAHeaderLineWouldBeTooLong() {
		assertThat(Circulation.rfc2231("filename", "通报.pdf")).isEqualTo("filename*=UTF-8''%E9%80%9A%E6%8A%A5.pdf");
		String longName = "很".repeat(120) + ".pdf";
		String split = Circulation.rfc2231("filename", longName);
		assertThat(split).startsWith("filename*0*=UTF-8''%E5").contains(";\r\n filename*1*=");
		assertThat(split.lines()).allMatch(line -> line.length() < 100);
		String joined = Arrays.stream(split.split(";\r\n "))
			.map(p -> p.substring(p.indexOf('=') + 1))
			.collect(Collectors.joining())
			.replace("UTF-8''", "");
		assertThat(java.net.URLDecoder.decode(joined, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(longName);
	}

	// --- helpers

	/** Who should receive which file names, from the roster and the documents of a run. */
	Map<String, Set<String>> expectedByRecipient(List<ReportDocument> written) {
		Map<String, String> emails = new HashMap<>();
		for (Unit unit : this.reference.units()) {
			emails.put(unit.name(), unit.email());
		}
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		for (ReportDocument d : written) {
			String name = d.path().getFileName().toString();
			if (d.kind() == ReportDocument.Kind.CIRCULAR) {
				CIRCULAR_TO.forEach(a -> expected.computeIfAbsent(a, k -> new TreeSet<>()).add(name));
			}
			else if (d.unitName() != null) {
				expected.computeIfAbsent(emails.get(d.unitName()), k -> new TreeSet<>()).add(name);
			}
		}
		return expected;
	}

	String email(String unit) {
		return this.reference.units().stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow().email();
	}

	int mailSentRows(long jobExecutionId) {
		return this.jdbc.sql("select count(*) from mail_sent where job_execution_id = ?")
			.param(jobExecutionId)
			.query(Integer.class)
			.single();
	}

	static Map<String, List<MimeMessage>> byRecipient(MimeMessage[] messages) throws MessagingException {
		Map<String, List<MimeMessage>> by = new LinkedHashMap<>();
		for (MimeMessage m : messages) {
			for (Address a : m.getRecipients(Message.RecipientType.TO)) {
				by.computeIfAbsent(((InternetAddress) a).getAddress(), k -> new ArrayList<>()).add(m);
			}
		}
		return by;
	}

	static List<Part> attachments(MimeMessage message) throws MessagingException, IOException {
		List<Part> parts = new ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				parts.add(part);
			}
		}
		return parts;
	}

	static Set<String> attachmentNames(MimeMessage message) throws MessagingException, IOException {
		Set<String> names = new TreeSet<>();
		for (Part part : attachments(message)) {
			names.add(part.getFileName());
		}
		return names;
	}

	static byte[] attachmentBytes(MimeMessage message, String name) throws MessagingException, IOException {
		for (Part part : attachments(message)) {
			if (name.equals(part.getFileName())) {
				try (InputStream in = part.getInputStream()) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no attachment " + name);
	}

	/** The plain text of a message (MimeMessageHelper nests it in a multipart/related). */
	static String body(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				Part child = multipart.getBodyPart(i);
				if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					text.append(body(child));
				}
			}
			return text.toString();
		}
		return "";
	}

}
