package org.workledger.bench;

import java.util.SplittableRandom;

/**
 * Chinese narratives as units write them in 工作进展 / 存在问题 / 下步计划, assembled from
 * phrases with a seeded random, so the same seed gives the same text.
 */
final class Narratives {

	private static final String[] OPENERS = { "按照工作部署，", "根据任务分解要求，", "今年以来，", "本期内，", "截至10月底，", "对照年度工作要点，",
			"围绕政务公开重点任务，", "结合本单位工作实际，", "按照市政府办公室统一安排，", "在前期工作基础上，", "为切实抓好任务落实，", "本月，" };

	private static final String[] SUBJECTS = { "我单位", "我局", "本单位", "单位党组", "办公室牵头", "政务公开领导小组", "各科室", "信息中心" };

	private static final String[] ACTIONS = { "制定印发了《%s》，明确了任务分工和时间节点", "召开专题会议%d次，研究部署相关工作",
			"在门户网站开设专栏，集中公开相关信息%d条", "组织开展政务公开业务培训%d场，培训人员%d人次", "梳理现行有效规范性文件%d件并在网站集中公开",
			"完成%d件政策文件的解读材料，实现文字解读、图解解读全覆盖", "通过政务新媒体发布各类信息%d条，阅读量累计%d万次", "建立健全信息发布审核机制，严格落实“三审制”",
			"对网站栏目进行全面自查，清理过时失效内容%d条", "向社会公开征求意见%d次，收到意见建议%d条并逐条反馈", "办理依申请公开%d件，均在法定期限内答复",
			"更新行政事业性收费目录清单并在网站公开", "开展政策执行效果评价%d项，形成评价报告并向社会公开", "接听政府信息公开咨询电话%d个，群众满意率达到%d%%",
			"完成政府网站栏目优化调整%d处", "对拟公开的%d条政府信息进行保密审查，未发现泄密问题", "制作图解、短视频等多元化解读产品%d个",
			"将政务公开工作纳入年度绩效考核，分值权重为%d%%", "在政务服务中心设立政务公开专区，配备电脑%d台", "建立工作台账，逐项明确责任人和完成时限",
			"与12345热线知识库完成%d条政策信息的对接", "组织召开新闻发布会%d场，邀请业务专家在线访谈%d次" };

	private static final String[] DOCUMENTS = { "政务公开工作要点分解方案", "政府信息公开保密审查办法", "政策解读工作实施细则", "政务新媒体管理办法",
			"依申请公开办理工作规程", "政府网站信息发布管理制度", "政策文件公开征求意见工作规范", "政务公开专区建设方案" };

	private static final String[] RESULTS = { "相关工作有序推进", "取得阶段性成效", "群众满意度进一步提升", "信息公开的及时性和准确性明显提高", "已按时间节点完成既定目标",
			"为下一步工作打下了良好基础", "工作机制更加健全", "社会公众参与度明显提升", "得到上级部门的肯定" };

	private static final String[] PROBLEMS = { "部分工作人员业务能力有待进一步提升", "政策解读形式较为单一，图解、视频类解读占比不高", "基层政务公开标准化规范化水平不够均衡",
			"专项经费保障不足，网站改版进度受到一定影响", "网站栏目设置与事项目录仍有个别不一致之处", "信息发布的及时性还需加强", "公众参与渠道的宣传推广力度不够",
			"跨部门数据共享仍存在技术壁垒", "专职人员配备不足，工作人员多为兼职", "政策执行效果评价方法还不够科学" };

	private static final String[] NEXT_STEPS = { "继续按照时间节点推进相关工作", "进一步加强业务培训，提升工作人员业务水平", "持续做好信息发布和更新维护工作",
			"加强与牵头单位的沟通对接，确保按期完成任务", "定期开展自查，及时整改发现的问题", "丰富政策解读形式，提升解读质量", "完善工作机制，推动工作常态化长效化",
			"加大宣传推广力度，提高公众知晓度和参与度", "争取专项经费支持，保障工作顺利开展", "及时总结经验做法，形成可复制可推广的工作模式" };

	private Narratives() {
	}

	/** 工作进展 of {@code min}–{@code max} characters. */
	static String progress(SplittableRandom random, int min, int max) {
		int target = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder(max + 80);
		while (text.length() < target) {
			text.append(pick(random, OPENERS)).append(pick(random, SUBJECTS)).append(action(random));
			if (random.nextInt(3) > 0) {
				text.append('，').append(pick(random, RESULTS));
			}
			text.append('。');
		}
		return fit(text, min, max);
	}

	/** 工作进展 of a task that has not started. */
	static String notStarted(SplittableRandom random) {
		return pick(random, new String[] { "尚未启动，正在研究制定工作方案。", "正在开展前期调研，预计下月启动。", "待上级部门出台具体实施细则后启动。",
				"已纳入下阶段工作计划，尚未正式启动。" });
	}

	/** 存在问题: half the units write 无. */
	static String problems(SplittableRandom random) {
		if (random.nextInt(2) == 0) {
			return random.nextInt(4) == 0 ? "无。" : "无";
		}
		StringBuilder text = new StringBuilder(pick(random, PROBLEMS));
		if (random.nextInt(3) == 0) {
			text.append("；").append(pick(random, PROBLEMS));
		}
		return text.append('。').toString();
	}

	/** 下步计划 of one to three sentences. */
	static String nextSteps(SplittableRandom random) {
		StringBuilder text = new StringBuilder("下一步，");
		int n = 1 + random.nextInt(3);
		for (int i = 0; i < n; i++) {
			text.append(i == 0 ? "" : "；").append(pick(random, NEXT_STEPS));
		}
		return text.append('。').toString();
	}

	private static String action(SplittableRandom random) {
		String action = pick(random, ACTIONS);
		if (action.contains("%s")) {
			return String.format(action, pick(random, DOCUMENTS));
		}
		int placeholders = action.split("%d", -1).length - 1;
		return switch (placeholders) {
			case 0 -> action.replace("%%", "%");
			case 1 -> String.format(action, 2 + random.nextInt(60));
			default -> String.format(action, 2 + random.nextInt(40), 80 + random.nextInt(20));
		};
	}

	private static String fit(StringBuilder text, int min, int max) {
		if (text.length() <= max) {
			return text.toString();
		}
		// cut at the last full stop that fits, else hard
		int stop = text.lastIndexOf("。", max - 1);
		return stop + 1 >= min ? text.substring(0, stop + 1) : text.substring(0, max - 1) + "。";
	}

	private static String pick(SplittableRandom random, String[] options) {
		return options[random.nextInt(options.length)];
	}

}
