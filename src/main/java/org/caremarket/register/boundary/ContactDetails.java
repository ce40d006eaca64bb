package org.caremarket.register.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caremarket.register.entity.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactDetails", description = "How to reach a provider or service.")
public record ContactDetails(
        @Size(max = 30, message = "must be at most 30 characters")
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,30}$", message = "must be a telephone number: digits, spaces, brackets, hyphens, optional leading +")
        @Schema(example = "0113 222 4444") String phone,
        @Size(max = 254, message = "must be at most 254 characters")
        @Email(message = "must be an email address") String email,
        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting http:// or https://")
        @Schema(example = "https://www.example.org.uk") String website) {

    static ContactDetails of(Contact contact) {
        return contact == null ? null : new ContactDetails(contact.phone(), contact.email(), contact.website());
    }

    static Contact toContact(ContactDetails details) {
        return details == null ? new Contact(null, null, null)
                : new Contact(blankToNull(details.phone()), blankToNull(details.email()), blankToNull(details.website()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
