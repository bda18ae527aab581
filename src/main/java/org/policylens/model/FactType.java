package org.policylens.model;

public enum FactType {
    DATE, NUMBER, MONEY, PERCENT, ACT, PROGRAM
}
