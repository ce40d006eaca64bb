package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The home page and the pages the footer links to: accessibility statement, privacy notice, cookies, attributions. */
@WebServlet(name = "InfoPages", urlPatterns = {"", "/accessibility", "/privacy", "/cookies", "/attributions"})
public class InfoPages extends HttpServlet {

    private record Info(String template, String title, PageMeta.Section section) {
    }

    private static final Map<String, Info> PAGES = Map.of(
            "/", new Info("home.jte", "Find adult social care", PageMeta.Section.HOME),
            "/accessibility", new Info("accessibility.jte", "Accessibility statement", PageMeta.Section.ABOUT),
            "/privacy", new Info("privacy.jte", "Privacy notice", PageMeta.Section.ABOUT),
            "/cookies", new Info("cookies.jte", "Cookies", PageMeta.Section.ABOUT),
            "/attributions", new Info("attributions.jte", "Data sources and licences", PageMeta.Section.ABOUT));

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath().isEmpty() ? "/" : request.getServletPath();
        Info info = PAGES.get(path);
        if (info == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(response, info.template(), PageMeta.of(request, info.title(), info.section()));
    }
}
