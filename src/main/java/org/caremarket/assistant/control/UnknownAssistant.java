package org.caremarket.assistant.control;

import org.caremarket.platform.entity.NotFound;

public class UnknownAssistant extends NotFound {
    public UnknownAssistant(String id) {
        super("There is no listed personal assistant with id " + id + ".");
    }
}
