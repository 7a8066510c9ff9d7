package org.workledger.vocabulary;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional characters as simplified ones, for the few a unit name or a status word is
 * written with when someone's input method is set to traditional (鐵西區人民政府, 推進中).
 * Only characters of such names and words: this is no general converter.
 */
public final class TraditionalChinese {

	/** Pairs of traditional and simplified characters. */
	private static final String PAIRS = "區区縣县廳厅辦办務务會会員员發发學学術术業业資资訊讯財财險险環环鄉乡設设產产運运輸输農农"
			+ "場场監监體体統统計计醫医療疗營营數数據据機机關关應应審审國国衛卫參参與与軍军歷历廣广電电視视遊游藝艺圖图書书館馆"
			+ "訪访規规劃划開开進进啟启動动續续長长態态實实現现結结處处備备專专門门層层龍龙東东陽阳遼辽寧宁瀋沈華华蘇苏渾浑後后"
			+ "鐵铁溝沟紅红廠厂價价壓压稅税導导級级紀纪檢检儀仪採采購购庫库億亿傳传網网絡络線线無无問问題题報报為为準准標标範范"
			+ "編编製制則则條条項项職职責责權权號号點点幹干並并當当將将從从經经濟济貿贸銀银證证漁渔獸兽糧粮儲储氣气測测繪绘礦矿"
			+ "黨党僑侨聯联協协婦妇殘残團团際际臺台灣湾辦办徵征齊齐據据斷断歸归論论園园墾垦節节約约競竞爭争優优勢势區区鎮镇"
			+ "鄉乡屬属檔档綜综貫贯徹彻創创護护豐丰屆届樞枢紐纽驗验衝冲濱滨遷迁莊庄灤滦蓋盖還还沒没";

	private static final Map<Character, Character> SIMPLIFIED = new HashMap<>();

	static {
		for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
			SIMPLIFIED.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
		}
	}

	private TraditionalChinese() {
	}

	/** The text with the traditional characters above made simplified; the same text when there are none. */
	public static String simplified(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			Character simple = SIMPLIFIED.get(text.charAt(i));
			if (simple != null) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, simple);
			}
		}
		return out == null ? text : out.toString();
	}

}
