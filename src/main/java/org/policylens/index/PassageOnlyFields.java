package org.policylens.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Whether a query can match passage entries only: every leaf reads one of the passage text fields
 * ({@link IndexSchema#QUERY_FIELDS}), which no other kind of entry has. Such a query needs no filter on the entry
 * kind, and without it Lucene scores a plain disjunction instead of intersecting it with every passage of the index.
 */
final class PassageOnlyFields {
    private PassageOnlyFields() {
    }

    static boolean only(Query query) {
        Check check = new Check();
        query.visit(check);
        return check.anyField && check.passageOnly;
    }

    private static final class Check extends QueryVisitor {
        boolean anyField;
        boolean passageOnly = true;

        @Override
        public boolean acceptField(String field) {
            anyField = true;
            if (!IndexSchema.QUERY_FIELDS.contains(field)) {
                passageOnly = false;
            }
            return true;
        }

        @Override
        public void visitLeaf(Query query) {
            // term, phrase and multi-term queries have named their field through acceptField before they get here
            if (!(query instanceof MultiTermQuery) && !(query instanceof MatchNoDocsQuery)) {
                passageOnly = false; // match-all and anything not tied to one field
            }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
