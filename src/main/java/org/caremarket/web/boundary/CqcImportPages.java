package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.cqc.control.Imports;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Role;

/**
 * An administrator's CQC imports: upload a CQC directory file (the "CQC Locations data" CSV), then follow the job's
 * progress and read its row errors. The cqc capability's {@code Imports} reads and checks the file and runs the job.
 */
@WebServlet(name = "CqcImportPages", urlPatterns = {"/admin/cqc-imports", "/admin/cqc-imports/*"})
@MultipartConfig(maxFileSize = CqcImportPages.MAX_BYTES, maxRequestSize = CqcImportPages.MAX_BYTES + 65_536, fileSizeThreshold = 1 << 20)
public class CqcImportPages extends CouncilPage {

    /** The pages take files up to 16 MB (CQC's whole directory is about 10 MB); the API takes larger. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern JOB = Pattern.compile("^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

    @Inject
    Imports imports;

    @Override
    Role[] roles() {
        return new Role[] {Role.ADMIN};
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.isEmpty()) {
            list(request, response, 200, List.of());
            return;
        }
        Matcher m = JOB.matcher(info);
        ImportJob job = m.matches() ? imports.find(m.group(1)).orElse(null) : null;
        if (job == null) {
            notFound(request, response);
            return;
        }
        pages.render(response, 200, "admin/cqcImport.jte", meta(request, response, "CQC import"), Map.of("job", job));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getPathInfo() != null) {
            notFound(request, response);
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException tooLarge) {
            list(request, response, 413, List.of(new FieldProblem("file", "The file must be smaller than 16 MB")));
            return;
        }
        if (file == null || file.getSize() == 0) {
            list(request, response, 400, List.of(new FieldProblem("file", "Select a CQC directory file")));
            return;
        }
        String text;
        try (InputStream in = file.getInputStream()) {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            list(request, response, 400, List.of(new FieldProblem("file", "The file must be a CSV file in UTF-8")));
            return;
        }
        String name = file.getSubmittedFileName() == null ? "directory CSV" : file.getSubmittedFileName();
        ImportJob job;
        try {
            job = imports.directory(text, "yes".equals(request.getParameter("full")),
                    name.length() > 100 ? name.substring(0, 100) : name, caller.get());
        } catch (RuntimeException failure) {
            var named = DomainFailure.within(failure);
            if (named.isPresent() && named.get() instanceof InvalidInput invalid) {
                list(request, response, 400, invalid.errors().stream()
                        .map(e -> new FieldProblem("file", "The file is not a CQC directory file: " + e.message())).toList());
                return;
            }
            throw failure;
        }
        seeOther(response, "/admin/cqc-imports/" + job.id());
    }

    private void list(HttpServletRequest request, HttpServletResponse response, int status, List<FieldProblem> problems)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("jobs", imports.list(0, 20).items());
        pages.render(response, status, "admin/cqcImports.jte", meta(request, response, "CQC imports").withErrors(problems), model);
    }
}
