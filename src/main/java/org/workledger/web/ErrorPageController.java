package org.workledger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees (404, 403, 405, a failure outside a controller) as the
 * same Chinese page, whatever the browser asked for: never a stack trace, never JSON.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPageController implements ErrorController {

	/** Request attribute: the 403 is a form sent from a page that outlived its login ({@link ExpiredPageHandler}). */
	static final String EXPIRED_PAGE = ErrorPageController.class.getName() + ".expiredPage";

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		ModelAndView page = switch (status) {
			case 404 -> ErrorAdvice.page("找不到这个页面", "地址可能有误，或者文件已不存在。请从首页重新进入。");
			case 403 -> request.getAttribute(EXPIRED_PAGE) != null
					? ErrorAdvice.page("页面已过期", "这个页面打开的时间太长，或者工作台重新启动过，刚才提交的内容没有保存。请返回首页，重新打开页面后再提交一次。")
					: ErrorAdvice.page("没有权限", "这个页面不属于您的账号。请从首页重新进入。");
			case 405 -> ErrorAdvice.page("操作方式不对", "请从页面上的按钮操作，不要直接输入地址。");
			case 413 -> ErrorAdvice.page("文件太大", "上传的文件超过 20 MB。进展情况表一般只有几十 KB，请删除与填报无关的工作表和图片后再上传。");
			default -> status >= 500 ? ErrorAdvice.page("出错了", "处理这个请求时出现了问题，已记入技术日志。请稍后再试；如果一直出现，请联系信息化人员。")
					: ErrorAdvice.page("请求有误", "请返回首页重新操作。");
		};
		page.setStatus(HttpStatus.valueOf(status));
		return page;
	}

}
