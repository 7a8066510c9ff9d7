package org.workledger.workbook;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of labels by their normalised form ({@link Labels#normalize}), for telling which
 * of them a cell holds. The ideographs the labels are written with are kept too: a cell
 * holding an ideograph none of them has is none of them, whatever normalising does (NFKC
 * leaves the unified ideographs as they are), so most short cells of a return (unit names,
 * deadlines, status words, short narratives) are told apart without being normalised. In a
 * first round of hand-made returns, where every row is checked for a repeated header,
 * normalising them was a twentieth of the intake.
 */
public final class LabelForms {

	private static final int FIRST_IDEOGRAPH = 0x4E00;

	private static final int LAST_IDEOGRAPH = 0x9FFF;

	private final Map<String, String> byForm;

	private final BitSet ideographs = new BitSet();

	private LabelForms(Iterable<String> labels) {
		Map<String, String> forms = new LinkedHashMap<>();
		for (String label : labels) {
			String form = Labels.normalize(label);
			forms.put(form, label);
			form.chars().filter(LabelForms::isIdeograph).forEach(c -> this.ideographs.set(c - FIRST_IDEOGRAPH));
		}
		this.byForm = Collections.unmodifiableMap(forms);
	}

	public static LabelForms of(Iterable<String> labels) {
		return new LabelForms(labels);
	}

	/** The label the text is, as written in the list; null when it is none of them. */
	public String labelOf(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isIdeograph(c) && !this.ideographs.get(c - FIRST_IDEOGRAPH)) {
				return null;
			}
		}
		return this.byForm.get(Labels.normalize(text));
	}

	/** The labels by their normalised form, in the list's order. */
	public Map<String, String> byForm() {
		return this.byForm;
	}

	private static boolean isIdeograph(int c) {
		return c >= FIRST_IDEOGRAPH && c <= LAST_IDEOGRAPH;
	}

}
