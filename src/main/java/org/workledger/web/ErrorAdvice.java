package org.workledger.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the browser gets when something goes wrong: a Chinese page saying what to do, never a
 * stack trace (that goes to the technical log).
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ErrorAdvice {

	private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge() {
		return page("文件太大", "上传的文件超过 20 MB。进展情况表一般只有几十 KB，请删除与填报无关的工作表和图片后再上传。");
	}

	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badUpload() {
		return page("上传没有完成", "文件没有完整上传，请重新选择文件再试。");
	}

	@ExceptionHandler({ NoResourceFoundException.class, Downloads.Missing.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return page("找不到这个页面", "地址可能有误，或者文件已不存在。请从首页重新进入。");
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	ModelAndView failed(Exception ex, HttpServletRequest request) {
		LOG.error("页面出错：{} {}", request.getMethod(), request.getRequestURI(), ex);
		return page("出错了", "处理这个请求时出现了问题，已记入技术日志。请稍后再试；如果一直出现，请联系信息化人员。");
	}

	static ModelAndView page(String title, String message) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("title", title);
		page.addObject("message", message);
		return page;
	}

}
