package com.clinicplatform.treatment;

import java.util.Optional;

/**
 * A page as its editor works on it: what it shows now, the revision the form holds and where that stands.
 *
 * @param head the revision {@code content} comes from — the open one, else the live or latest one — whose
 *     {@link RevisionSummary#head() head} every next step must still match
 * @param live the revision the public sees, if any
 * @param pagesNeedApproval whether the installation's switch asks for a second person's approval
 * @param mayApprove whether the person asking may approve the open revision (they are not among its writers)
 * @param previewToken a signed token showing {@code head} as the public site would
 * @param <C> the kind of page's content
 */
public record PageEdit<C extends PageContent<C>>(
        PageKind kind,
        long pageId,
        PageState pageState,
        int position,
        String liveSlug,
        C content,
        RevisionSummary head,
        Optional<RevisionSummary> live,
        boolean pagesNeedApproval,
        boolean mayApprove,
        String previewToken) {

    /** Whether the form holds a revision still to be published, rather than the live or latest one. */
    public boolean hasOpenRevision() {
        return head.state().isOpen();
    }
}
