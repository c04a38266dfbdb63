package org.meshbench.ui.internal.network;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/** Networks, their gateways, and the gateways' sinks in that network. */
final class NetworkContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];
    private ShownSnapshot input;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        input = (ShownSnapshot) newInput;
    }

    @Override
    public Object[] getElements(Object shown) {
        return ((ShownSnapshot) shown).get().networks().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case NetworkRow network -> network.gateways().toArray();
            case GatewayRow gateway -> gateway.sinks().toArray();
            default -> NONE;
        };
    }

    /** The viewer asks for parents to expand or reveal a row whose parent is not open yet. */
    @Override
    public Object getParent(Object element) {
        if (input == null || element instanceof NetworkRow) {
            return null;
        }
        for (NetworkRow network : input.get().networks()) {
            for (GatewayRow gateway : network.gateways()) {
                if (element instanceof GatewayRow row && row.key().equals(gateway.key())) {
                    return network;
                }
                if (element instanceof SinkRow row
                        && gateway.sinks().stream().anyMatch(sink -> sink.key().equals(row.key()))) {
                    return gateway;
                }
            }
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
