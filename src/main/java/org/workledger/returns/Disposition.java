package org.workledger.returns;

/** What a run did with a file it found in {@code input/}. */
public enum Disposition {

	ACCEPTED("已接收"), REJECTED("已退回"), DUPLICATE("重复文件"), KNOWN("此前已处理"), REFERENCE("分解表和名册"),
	IGNORED("已忽略"), WAITING("等待下次运行");

	private final String label;

	Disposition(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
