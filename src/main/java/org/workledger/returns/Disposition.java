package org.workledger.returns;

/** What a run did with a file it found in {@code input/}. */
public enum Disposition {

	ACCEPTED("已接收"), REJECTED("已退回"), DUPLICATE("重复文件"), KNOWN("此前已处理"), REFERENCE("分解表和名册"),
	IGNORED("已忽略"), WAITING("等待下次运行"),
	/**
	 * The office's own ledger or 问题清单 saved into {@code input/}: no unit's return, so not
	 * sent back, but remembered by its hash like a return, so that the next run passes over it.
	 */
	OWN_OUTPUT("本系统生成的文件");

	private final String label;

	Disposition(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
