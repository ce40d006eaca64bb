package org.caremarket.register.control;

import org.caremarket.platform.entity.NotFound;

public class UnknownService extends NotFound {
    public UnknownService(String id) {
        super("There is no care service with id " + id + ".");
    }
}
